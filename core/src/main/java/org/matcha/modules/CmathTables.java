package org.matcha.modules;

/**
 * cmath's special-value tables: the C99 Annex G result for each pair of (real, imaginary) kinds,
 * rows by the real part and columns by the imaginary part, in the order -inf, negative, -0, +0,
 * positive, +inf, nan. Entries for two finite nonzero parts are never used (U). Each row holds 7
 * (re, im) pairs. CPython: Modules/cmathmodule.c (*_special_values).
 */
final class CmathTables {
    private CmathTables() {}

    private static final double P = Math.PI;
    private static final double P14 = 0.25 * Math.PI;
    private static final double P12 = 0.5 * Math.PI;
    private static final double P34 = 0.75 * Math.PI;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double N = Double.NaN;
    private static final double U = -9.5426319407711027e33;

    static final double[] ACOS = {
        P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
        P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
        P12, INF, U, U, P12, 0., P12, -0., U, U, P12, -INF, P12, N,
        P12, INF, U, U, P12, 0., P12, -0., U, U, P12, -INF, P12, N,
        P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
        P14, INF, 0., INF, 0., INF, 0., -INF, 0., -INF, P14, -INF, N, INF,
        N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N};

    static final double[] ACOSH = {
        INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P12, U, U, 0., -P12, 0., P12, U, U, INF, P12, N, N,
        INF, -P12, U, U, 0., -P12, 0., P12, U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
        INF, N, N, N, N, N, N, N, N, N, INF, N, N, N};

    static final double[] ASINH = {
        -INF, -P14, -INF, -0., -INF, -0., -INF, 0., -INF, 0., -INF, P14, -INF, N,
        -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
        -INF, -P12, U, U, -0., -0., -0., 0., U, U, -INF, P12, N, N,
        INF, -P12, U, U, 0., -0., 0., 0., U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
        INF, N, N, N, N, -0., N, 0., N, N, INF, N, N, N};

    static final double[] ATANH = {
        -0., -P12, -0., -P12, -0., -P12, -0., P12, -0., P12, -0., P12, -0., N,
        -0., -P12, U, U, U, U, U, U, U, U, -0., P12, N, N,
        -0., -P12, U, U, -0., -0., -0., 0., U, U, -0., P12, -0., N,
        0., -P12, U, U, 0., -0., 0., 0., U, U, 0., P12, 0., N,
        0., -P12, U, U, U, U, U, U, U, U, 0., P12, N, N,
        0., -P12, 0., -P12, 0., -P12, 0., P12, 0., P12, 0., P12, 0., N,
        0., -P12, N, N, N, N, N, N, N, N, 0., P12, N, N};

    static final double[] COSH = {
        INF, N, U, U, INF, 0., INF, -0., U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, 0., U, U, 1., 0., 1., -0., U, U, N, 0., N, 0.,
        N, 0., U, U, 1., -0., 1., 0., U, U, N, 0., N, 0.,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
        N, N, N, N, N, 0., N, 0., N, N, N, N, N, N};

    static final double[] EXP = {
        0., 0., U, U, 0., -0., 0., 0., U, U, 0., 0., 0., 0.,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, 1., -0., 1., 0., U, U, N, N, N, N,
        N, N, U, U, 1., -0., 1., 0., U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
        N, N, N, N, N, -0., N, 0., N, N, N, N, N, N};

    static final double[] LOG = {
        INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
        INF, -P12, U, U, -INF, -0., -INF, 0., U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0., INF, -0., INF, 0., INF, 0., INF, P14, INF, N,
        INF, N, N, N, N, N, N, N, N, N, INF, N, N, N};

    static final double[] SINH = {
        INF, N, U, U, -INF, -0., -INF, 0., U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0., N, U, U, -0., -0., -0., 0., U, U, 0., N, 0., N,
        0., N, U, U, 0., -0., 0., 0., U, U, 0., N, 0., N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
        N, N, N, N, N, -0., N, 0., N, N, N, N, N, N};

    static final double[] SQRT = {
        INF, -INF, 0., -INF, 0., -INF, 0., INF, 0., INF, INF, INF, N, INF,
        INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
        INF, -INF, U, U, 0., -0., 0., 0., U, U, INF, INF, N, N,
        INF, -INF, U, U, 0., -0., 0., 0., U, U, INF, INF, N, N,
        INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
        INF, -INF, INF, -0., INF, -0., INF, 0., INF, 0., INF, INF, INF, N,
        INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N};

    static final double[] TANH = {
        -1., 0., U, U, -1., -0., -1., 0., U, U, -1., 0., -1., 0.,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, -0., -0., -0., 0., U, U, N, N, N, N,
        N, N, U, U, 0., -0., 0., 0., U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        1., 0., U, U, 1., -0., 1., 0., U, U, 1., 0., 1., 0.,
        N, N, N, N, N, -0., N, 0., N, N, N, N, N, N};

    static final double[] RECT = {
        INF, N, U, U, -INF, 0., -INF, -0., U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0., 0., U, U, -0., 0., -0., -0., U, U, 0., 0., 0., 0.,
        0., 0., U, U, 0., -0., 0., 0., U, U, 0., 0., 0., 0.,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0., INF, 0., U, U, INF, N, INF, N,
        N, N, N, N, N, 0., N, 0., N, N, N, N, N, N};
}
