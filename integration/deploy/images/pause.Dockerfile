# The pod sandbox image of the suite's node (containerd's sandbox_image): the static pause of pause.c, nothing else.
FROM scratch
COPY pause /pause
ENTRYPOINT ["/pause"]
