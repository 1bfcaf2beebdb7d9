"""Benchmarks (not tests): how fast each stage is, beside the references that bound it.

`python -m bench` runs them all and writes bench/results/latest.json; see
bench/README.md.
"""
