package org.mentorlog.summary;

import java.util.Arrays;

/**
 * A linear combination of an audit's hidden cells that names only its non-zero coefficients: their columns in
 * ascending order, and their values. An equation of a family by site has up to four of some 2,000 columns; held
 * as dense arrays, building, eliminating and scanning them was most of disclosure control's time at 600 sites
 * (issue 10).
 */
record Sparse(int[] columns, double[] values) {

    static final Sparse NONE = new Sparse(new int[0], new double[0]);

    /** The combination of one cell alone. */
    static Sparse unit(int column) {
        return new Sparse(new int[] {column}, new double[] {1});
    }

    /** The combination of the first {@code count} columns and values given, in any order, repeats added up. */
    static Sparse of(int[] columns, double[] values, int count) {
        int[] sortedColumns = new int[count];
        double[] sortedValues = new double[count];
        int size = 0;
        for (int i = 0; i < count; i++) { // an insertion sort: an equation has a handful of hidden cells
            int at = size;
            while (at > 0 && sortedColumns[at - 1] > columns[i]) {
                at--;
            }
            if (at > 0 && sortedColumns[at - 1] == columns[i]) {
                sortedValues[at - 1] += values[i];
                continue;
            }
            System.arraycopy(sortedColumns, at, sortedColumns, at + 1, size - at);
            System.arraycopy(sortedValues, at, sortedValues, at + 1, size - at);
            sortedColumns[at] = columns[i];
            sortedValues[at] = values[i];
            size++;
        }
        return kept(sortedColumns, sortedValues, size);
    }

    /** The non-zero ones of the first {@code size} columns and values, which are in ascending order. */
    private static Sparse kept(int[] columns, double[] values, int size) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (Math.abs(values[i]) >= Echelon.EPSILON) {
                columns[count] = columns[i];
                values[count++] = values[i];
            }
        }
        return count == 0 ? NONE : new Sparse(Arrays.copyOf(columns, count),
                Arrays.copyOf(values, count));
    }

    int size() {
        return columns.length;
    }

    /** The coefficient of {@code column}: 0 where it has none. */
    double at(int column) {
        int i = Arrays.binarySearch(columns, column);
        return i < 0 ? 0 : values[i];
    }

    /** This plus {@code factor} times {@code other}; what cancels is left out. */
    Sparse plus(double factor, Sparse other) {
        int[] columns = new int[this.columns.length + other.columns.length];
        double[] values = new double[columns.length];
        int i = 0;
        int j = 0;
        int size = 0;
        while (i < this.columns.length || j < other.columns.length) {
            if (j == other.columns.length || i < this.columns.length && this.columns[i] < other.columns[j]) {
                columns[size] = this.columns[i];
                values[size++] = this.values[i++];
            } else if (i == this.columns.length || other.columns[j] < this.columns[i]) {
                columns[size] = other.columns[j];
                values[size++] = factor * other.values[j++];
            } else {
                columns[size] = this.columns[i];
                values[size++] = this.values[i++] + factor * other.values[j++];
            }
        }
        return kept(columns, values, size);
    }

    /** Each coefficient divided by {@code divisor}. */
    Sparse dividedBy(double divisor) {
        double[] divided = values.clone();
        for (int i = 0; i < divided.length; i++) {
            divided[i] /= divisor;
        }
        return new Sparse(columns, divided);
    }
}
