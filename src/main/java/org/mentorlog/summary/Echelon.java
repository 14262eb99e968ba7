package org.mentorlog.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Linear equations over the hidden cells of one family, kept in reduced row echelon form: enough to
 * tell whether a combination of hidden cells follows from the published figures. Each row is zero at every
 * other row's pivot, which the methods below rely on. Rows are {@link Sparse}: at 600 sites a family has some
 * 2,000 hidden cells and its equations a handful each.
 */
final class Echelon {

    static final double EPSILON = 1e-9;

    private final List<Sparse> rows = new ArrayList<>();
    /** Per column, the row whose pivot it is, or -1. */
    private final int[] rowOfPivot;
    /** Per column, the rows that may have a coefficient there (each row that has one is in it). */
    private final BitSet[] rowsAt;
    /** A dense row, all zero between uses. */
    private final double[] scratch;

    private Echelon(int size) {
        rowOfPivot = new int[size];
        Arrays.fill(rowOfPivot, -1);
        rowsAt = new BitSet[size];
        Arrays.setAll(rowsAt, c -> new BitSet());
        scratch = new double[size];
    }

    /** The equations' echelon form; {@code size}: their number of columns. */
    static Echelon of(List<Sparse> equations, int size) {
        Echelon echelon = new Echelon(size);
        equations.forEach(echelon::add);
        return echelon;
    }

    /** The reduced rows: each is a combination of the equations, so its value is known too. */
    List<Sparse> rows() {
        return rows;
    }

    /**
     * What {@link #reduce} leaves of the unit vector of {@code column}: the vector itself where the column is
     * no pivot, else less its pivot's row, which leaves the row's other coefficients negated.
     */
    Sparse reduceUnit(int column) {
        int row = rowOfPivot[column];
        return row < 0 ? Sparse.unit(column) : Sparse.unit(column).plus(-1, rows.get(row));
    }

    /** Whether the unit vector of {@code column} (that hidden cell alone) follows from the equations. */
    boolean spansUnit(int column) {
        int row = rowOfPivot[column];
        return row >= 0 && rows.get(row).size() == 1;
    }

    private void add(Sparse equation) {
        Sparse rest = reduce(equation);
        if (rest.size() == 0) {
            return;
        }
        int pivot = rest.columns()[0];
        Sparse row = rest.dividedBy(rest.values()[0]);
        int index = rows.size();
        for (int other = rowsAt[pivot].nextSetBit(0); other >= 0; other = rowsAt[pivot].nextSetBit(other + 1)) {
            double factor = rows.get(other).at(pivot);
            if (Math.abs(factor) >= EPSILON) {
                rows.set(other, rows.get(other).plus(-factor, row));
                for (int c : row.columns()) {
                    rowsAt[c].set(other);
                }
            }
        }
        rowsAt[pivot].clear();
        for (int c : row.columns()) {
            rowsAt[c].set(index);
        }
        rowOfPivot[pivot] = index;
        rows.add(row);
    }

    /**
     * What is left of {@code vector} once the equations are taken out of it: zero exactly when the
     * combination follows from them. Each of its pivot columns takes its row away once: the rows are zero at
     * each other's pivots, so taking one away leaves the vector's other pivot coefficients as they were.
     */
    Sparse reduce(Sparse vector) {
        int[] columns = vector.columns();
        boolean anyPivot = false;
        for (int c : columns) {
            anyPivot |= rowOfPivot[c] >= 0;
        }
        if (!anyPivot) {
            return vector;
        }
        BitSet touched = new BitSet();
        for (int i = 0; i < columns.length; i++) {
            scratch[columns[i]] += vector.values()[i];
            touched.set(columns[i]);
        }
        for (int i = 0; i < columns.length; i++) {
            int row = rowOfPivot[columns[i]];
            double factor = vector.values()[i];
            if (row >= 0 && Math.abs(factor) >= EPSILON) {
                Sparse taken = rows.get(row);
                for (int j = 0; j < taken.size(); j++) {
                    scratch[taken.columns()[j]] -= factor * taken.values()[j];
                    touched.set(taken.columns()[j]);
                }
            }
        }
        int[] restColumns = touched.stream().toArray();
        double[] restValues = new double[restColumns.length];
        for (int i = 0; i < restColumns.length; i++) {
            restValues[i] = scratch[restColumns[i]];
            scratch[restColumns[i]] = 0;
        }
        return Sparse.of(restColumns, restValues, restColumns.length);
    }
}
