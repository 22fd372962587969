"""Benchmarks of kg: throughput, store and API at scale, exports, growth (``make bench``)."""
