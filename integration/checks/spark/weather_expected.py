"""The weather job's expected output, recomputed from the sample CSV with the csv module alone, no Spark.

Mirrors weather.py's documented contract: TAVG rows with an empty quality flag, averaged per station and year in
degrees C (tenths / 10), rounded half-up to 2 decimals, with the count of days. Averages are exact fractions, so the
result does not depend on summation order; `boundary` marks an average that lies exactly on a rounding boundary,
where Spark's double arithmetic may legitimately land on either side.

Usage: weather_expected.py <csv file>...  -> JSON list of {station, year, avg_tavg_celsius, days, boundary}
"""

import csv
import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction


def main() -> None:
    groups: dict[tuple[str, int], list[int]] = {}
    for name in sys.argv[1:]:
        with open(name, newline="", encoding="utf-8") as handle:
            for row in csv.reader(handle):
                if len(row) != 8:
                    sys.exit(f"{name}: row {row} has {len(row)} columns, the job's schema has 8")
                station, date, element, value, _mflag, qflag, _sflag, _obstime = row
                if element != "TAVG" or qflag != "":
                    continue
                groups.setdefault((station, int(date[:4])), []).append(int(value))
    out = []
    for (station, year), values in sorted(groups.items()):
        exact = Fraction(sum(values), 10 * len(values))
        hundredths = exact * 100
        rounded = Decimal(hundredths.numerator) / Decimal(hundredths.denominator)
        out.append(
            {
                "station": station,
                "year": year,
                "avg_tavg_celsius": float(rounded.quantize(Decimal(1), rounding=ROUND_HALF_UP) / 100),
                "days": len(values),
                "boundary": (hundredths - int(hundredths)) == Fraction(1, 2),
            }
        )
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
