"""Reference values for summary/*Test.java: exact rational arithmetic (Python fractions) on the given doubles."""
from fractions import Fraction as F

def m2(n, s, ss):
    return F(ss) - F(s) * F(s) / n

# Values m-1, m, m+1 with m = 5e7 + 3: sum and sum of squares are exact integers below 2^53.
m = 50_000_003
vals = [m - 1, m, m + 1]
s = sum(vals); ss = sum(v * v for v in vals)
print("n=3 sum", s, "sumsq", ss, "exactly representable:", float(s) == s, float(ss) == ss)
print("exact M2", m2(3, float(s), float(ss)))
naive = float(ss) - float(s) * float(s) / 3
print("naive double M2", naive)
# Binary arm with n = 1e8: c (n - c) / n
n, c = 100_000_000, 1_000_003
print("binary M2 exact", float(F(c) * (n - c) / n))
