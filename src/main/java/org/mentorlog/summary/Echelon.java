package org.mentorlog.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Linear equations over the hidden cells of one family, kept in reduced row echelon form: enough to
 * tell whether a combination of hidden cells follows from the published figures.
 */
final class Echelon {

    static final double EPSILON = 1e-9;

    private final List<double[]> rows = new ArrayList<>();
    /** Per row, its pivot's column. */
    private int[] pivots = new int[8];
    /**
     * Per column, the row whose pivot it is, or -1: looked up for every hidden cell of every audit (as a
     * map of boxed numbers, a tenth of disclosure control's time at 200 teams; issue 10).
     */
    private int[] rowOfPivot = new int[0];

    static Echelon of(List<double[]> equations) {
        Echelon echelon = new Echelon();
        equations.forEach(echelon::add);
        return echelon;
    }

    /** The reduced rows: each is a combination of the equations, so its value is known too. */
    List<double[]> rows() {
        return rows;
    }

    /**
     * What {@link #reduce} leaves of the unit vector of {@code column} among {@code size}, computed the same
     * way but skipping the rows before the one whose pivot is that column: their factor is the vector's entry
     * at their pivot, which is zero, so reduce would subtract nothing there. A column that is no pivot
     * has nothing subtracted at all.
     */
    double[] reduceUnit(int column, int size) {
        double[] rest = new double[size];
        rest[column] = 1;
        for (int i = column < rowOfPivot.length ? rowOfPivot[column] : -1; i >= 0 && i < rows.size(); i++) {
            subtract(rest, rest[pivots[i]], rows.get(i));
        }
        return rest;
    }

    /** Whether the unit vector of {@code column} (that hidden cell alone) follows from the equations. */
    boolean spansUnit(int column, int size) {
        for (double rest : reduceUnit(column, size)) {
            if (Math.abs(rest) >= EPSILON) {
                return false;
            }
        }
        return true;
    }

    private void add(double[] equation) {
        double[] row = reduce(equation);
        int pivot = 0;
        while (pivot < row.length && Math.abs(row[pivot]) < EPSILON) {
            pivot++;
        }
        if (pivot == row.length) {
            return;
        }
        double scale = row[pivot];
        for (int c = 0; c < row.length; c++) {
            row[c] /= scale;
        }
        for (double[] other : rows) {
            subtract(other, other[pivot], row);
        }
        if (rowOfPivot.length < row.length) {
            int known = rowOfPivot.length;
            rowOfPivot = Arrays.copyOf(rowOfPivot, row.length);
            Arrays.fill(rowOfPivot, known, row.length, -1);
        }
        if (rows.size() == pivots.length) {
            pivots = Arrays.copyOf(pivots, pivots.length * 2);
        }
        rowOfPivot[pivot] = rows.size();
        pivots[rows.size()] = pivot;
        rows.add(row);
    }

    /**
     * What is left of {@code vector} once the equations are taken out of it: zero exactly when the
     * combination follows from them, and linear, so a sum of vectors reduces to the sum of their rests.
     */
    double[] reduce(double[] vector) {
        double[] rest = vector.clone();
        for (int i = 0; i < rows.size(); i++) {
            subtract(rest, rest[pivots[i]], rows.get(i));
        }
        return rest;
    }

    private static void subtract(double[] from, double factor, double[] row) {
        if (Math.abs(factor) >= EPSILON) {
            for (int c = 0; c < from.length; c++) {
                from[c] -= factor * row[c];
            }
        }
    }
}
