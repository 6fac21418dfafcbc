// Preloaded by `npm run synth` and `cdktf synth`: cdktf captures a stack trace for every token it creates, and
// with tsx's source maps on, each capture parses source maps. Without them synth takes about a quarter less time
// and memory; the price is that a crash's stack trace points into the transpiled code.
process.setSourceMapsEnabled(false);
