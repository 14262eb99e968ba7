package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The sparse echelon form against a dense rank computed apart: on the equations of tables with margins, as
 * disclosure control builds them (a cell's siblings and their total, a column of cells and its total), and
 * on random ones.
 */
class EchelonTest {

    @Test
    void tellsWhatFollowsFromTablesWithMargins() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 200; round++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(5);
            // Cells (r, c) of the table, its row totals (r, columns), column totals (rows, c) and grand total.
            boolean[][] hidden = new boolean[rows + 1][columns + 1];
            int[][] column = new int[rows + 1][columns + 1];
            int size = 0;
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    hidden[r][c] = random.nextInt(3) == 0;
                    column[r][c] = hidden[r][c] ? size++ : -1;
                }
            }
            List<double[]> equations = new ArrayList<>();
            for (int r = 0; r <= rows; r++) {
                double[] equation = new double[size];
                for (int c = 0; c <= columns; c++) {
                    if (hidden[r][c]) {
                        equation[column[r][c]] += c < columns ? 1 : -1;
                    }
                }
                equations.add(equation);
            }
            for (int c = 0; c <= columns; c++) {
                double[] equation = new double[size];
                for (int r = 0; r <= rows; r++) {
                    if (hidden[r][c]) {
                        equation[column[r][c]] += r < rows ? 1 : -1;
                    }
                }
                equations.add(equation);
            }
            check(equations, size, random);
        }
    }

    @Test
    void tellsWhatFollowsFromRandomEquations() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(12);
            List<double[]> equations = new ArrayList<>();
            for (int e = random.nextInt(size + 3); e > 0; e--) {
                double[] equation = new double[size];
                for (int c = 0; c < size; c++) {
                    equation[c] = random.nextInt(4) == 0 ? random.nextInt(-2, 3) : 0;
                }
                equations.add(equation);
            }
            check(equations, size, random);
        }
    }

    private static void check(List<double[]> equations, int size, SplittableRandom random) {
        Echelon echelon = Echelon.of(equations.stream().map(EchelonTest::sparse).toList(), size);
        int rank = rank(equations, size);
        assertThat(echelon.rows()).hasSize(rank);
        for (Sparse row : echelon.rows()) {
            assertThat(follows(equations, dense(row, size), size)).isTrue();
        }
        for (int c = 0; c < size; c++) {
            double[] unit = new double[size];
            unit[c] = 1;
            assertThat(echelon.spansUnit(c)).isEqualTo(follows(equations, unit, size));
            double[] taken = dense(echelon.reduceUnit(c), size);
            taken[c] -= 1;
            assertThat(follows(equations, taken, size)).as("the unit less its rest follows").isTrue();
        }
        for (int v = 0; v < 20; v++) {
            double[] vector = new double[size];
            for (int c = 0; c < size; c++) {
                vector[c] = random.nextInt(-1, 2);
            }
            boolean follows = follows(equations, vector, size);
            assertThat(echelon.reduce(sparse(vector)).size() == 0).isEqualTo(follows);
        }
    }

    private static boolean follows(List<double[]> equations, double[] vector, int size) {
        List<double[]> more = new ArrayList<>(equations);
        more.add(vector);
        return rank(more, size) == rank(equations, size);
    }

    /** The rank by Gaussian elimination with partial pivoting, on copies. */
    private static int rank(List<double[]> equations, int size) {
        double[][] m = equations.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        for (int c = 0; c < size && rank < m.length; c++) {
            int best = rank;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[best][c])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][c]) < 1e-9) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[best];
            m[best] = swap;
            for (int r = rank + 1; r < m.length; r++) {
                double factor = m[r][c] / m[rank][c];
                for (int k = c; k < size; k++) {
                    m[r][k] -= factor * m[rank][k];
                }
            }
            rank++;
        }
        return rank;
    }

    private static Sparse sparse(double[] dense) {
        int[] columns = new int[dense.length];
        for (int c = 0; c < dense.length; c++) {
            columns[c] = c;
        }
        return Sparse.of(columns, dense, dense.length);
    }

    private static double[] dense(Sparse sparse, int size) {
        double[] dense = new double[size];
        for (int i = 0; i < sparse.size(); i++) {
            dense[sparse.columns()[i]] = sparse.values()[i];
        }
        return dense;
    }
}
