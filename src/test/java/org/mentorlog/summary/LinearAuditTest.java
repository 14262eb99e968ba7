package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The audit against every set of hidden cells, tried one by one: on small tables with margins, where many cells
 * count no one, it gives a cell or a set away exactly when some hidden cell is determined by the published figures,
 * or some set of hidden cells has a sum they determine that is more than none and less than the threshold.
 */
class LinearAuditTest {

    private static final int THRESHOLD = 5;

    @Test
    void finds_a_determined_small_set_exactly_when_one_exists_among_cells_that_count_no_one() {
        SplittableRandom random = new SplittableRandom(10);
        int exposed = 0;
        int withCellsOfNoOne = 0;
        for (int table = 0; table < 3_000; table++) {
            Table t = Table.random(random);
            boolean expected = t.anyDetermined();
            boolean found = new LinearAudit(t.people(), THRESHOLD).exposed(t.relations(), t.hidden).isPresent();
            assertThat(found).as("table %d: %s", table, t).isEqualTo(expected);
            exposed += expected ? 1 : 0;
            withCellsOfNoOne += expected && t.needsCellsOfNoOne() ? 1 : 0;
        }
        // both answers are common, and some sets are small only with cells that count no one in them
        assertThat(exposed).isBetween(300, 2_700);
        assertThat(withCellsOfNoOne).isGreaterThan(200);
    }

    /**
     * Rows by columns of counts with their row, column and grand totals, some of them hidden: cell (r, c) is at
     * {@code r * columns + c}, then the row totals, the column totals and the grand total.
     */
    private record Table(int rows, int columns, long[] value, BitSet hidden) {

        static Table random(SplittableRandom random) {
            int rows = random.nextInt(2, 5);
            int columns = random.nextInt(2, 5);
            long[] value = new long[rows * columns + rows + columns + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int kind = random.nextInt(10);
                    long count = kind < 4 ? 0 : kind < 5 ? random.nextInt(1, 5) : random.nextInt(5, 30);
                    value[r * columns + c] = count;
                    value[rows * columns + r] += count;
                    value[rows * columns + rows + c] += count;
                    value[value.length - 1] += count;
                }
            }
            BitSet hidden = new BitSet();
            do { // few enough for every set of them to be tried
                hidden.clear();
                for (int cell = 0; cell < value.length; cell++) {
                    if (random.nextInt(100) < (cell < rows * columns ? 40 : 10)) {
                        hidden.set(cell);
                    }
                }
                // no relation with a single hidden member, as secondary suppression leaves them
                Table table = new Table(rows, columns, value, hidden);
                for (boolean more = true; more && hidden.cardinality() <= 14; ) {
                    more = false;
                    for (int[] members : table.relations()) {
                        List<Integer> shown = Arrays.stream(members).filter(m -> !hidden.get(m)).boxed().toList();
                        if (members.length - shown.size() == 1) {
                            hidden.set(shown.get(random.nextInt(shown.size())));
                            more = true;
                        }
                    }
                }
            } while (hidden.cardinality() > 14);
            return new Table(rows, columns, value, hidden);
        }

        long[][] people() {
            long[][] people = new long[value.length][];
            for (int cell = 0; cell < value.length; cell++) {
                people[cell] = new long[] {value[cell]};
            }
            return people;
        }

        /** Each row and column with its total last, and the row totals and the column totals with the grand total. */
        List<int[]> relations() {
            List<int[]> relations = new ArrayList<>();
            int grand = value.length - 1;
            for (int r = 0; r < rows; r++) {
                int[] members = new int[columns + 1];
                for (int c = 0; c < columns; c++) {
                    members[c] = r * columns + c;
                }
                members[columns] = rows * columns + r;
                relations.add(members);
            }
            for (int c = 0; c < columns; c++) {
                int[] members = new int[rows + 1];
                for (int r = 0; r < rows; r++) {
                    members[r] = r * columns + c;
                }
                members[rows] = rows * columns + rows + c;
                relations.add(members);
            }
            int[] rowTotals = new int[rows + 1];
            for (int r = 0; r < rows; r++) {
                rowTotals[r] = rows * columns + r;
            }
            rowTotals[rows] = grand;
            relations.add(rowTotals);
            int[] columnTotals = new int[columns + 1];
            for (int c = 0; c < columns; c++) {
                columnTotals[c] = rows * columns + rows + c;
            }
            columnTotals[columns] = grand;
            relations.add(columnTotals);
            return relations;
        }

        /** Every set of hidden cells: a single one determined, or a determined sum above none and below the threshold. */
        boolean anyDetermined() {
            return determinedSets(false);
        }

        /** Whether every determined small set holds a cell of no one and no such set is a single determined cell. */
        boolean needsCellsOfNoOne() {
            return anyDetermined() && !determinedSets(true);
        }

        private boolean determinedSets(boolean withoutCellsOfNoOne) {
            int[] unknowns = hidden.stream().toArray();
            double[][] equations = relations().stream().map(members -> {
                double[] row = new double[unknowns.length];
                for (int i = 0; i < members.length; i++) {
                    int column = Arrays.binarySearch(unknowns, members[i]);
                    if (column >= 0) {
                        row[column] = i < members.length - 1 ? 1 : -1;
                    }
                }
                return row;
            }).toArray(double[][]::new);
            int rank = rank(equations);
            for (long set = 1; set < 1L << unknowns.length; set++) {
                double[] vector = new double[unknowns.length];
                long sum = 0;
                boolean ofNoOne = false;
                for (int i = 0; i < unknowns.length; i++) {
                    if ((set >> i & 1) == 1) {
                        vector[i] = 1;
                        sum += value[unknowns[i]];
                        ofNoOne |= value[unknowns[i]] == 0;
                    }
                }
                boolean single = Long.bitCount(set) == 1;
                if (!single && (sum <= 0 || sum >= THRESHOLD) || withoutCellsOfNoOne && ofNoOne && !single) {
                    continue;
                }
                double[][] more = Arrays.copyOf(equations, equations.length + 1);
                more[equations.length] = vector;
                if (rank(more) == rank) {
                    return true;
                }
            }
            return false;
        }

        private static int rank(double[][] matrix) {
            double[][] m = Arrays.stream(matrix).map(double[]::clone).toArray(double[][]::new);
            int rank = 0;
            int width = m.length == 0 ? 0 : m[0].length;
            for (int column = 0; column < width && rank < m.length; column++) {
                int pivot = -1;
                for (int r = rank; r < m.length; r++) {
                    if (Math.abs(m[r][column]) > 1e-9
                            && (pivot < 0 || Math.abs(m[r][column]) > Math.abs(m[pivot][column]))) {
                        pivot = r;
                    }
                }
                if (pivot < 0) {
                    continue;
                }
                double[] swap = m[pivot];
                m[pivot] = m[rank];
                m[rank] = swap;
                for (int r = 0; r < m.length; r++) {
                    if (r != rank && Math.abs(m[r][column]) > 1e-9) {
                        double factor = m[r][column] / m[rank][column];
                        for (int c = column; c < width; c++) {
                            m[r][c] -= factor * m[rank][c];
                        }
                    }
                }
                rank++;
            }
            return rank;
        }

        @Override
        public String toString() {
            return rows + "x" + columns + " " + Arrays.toString(value) + " hidden " + hidden;
        }
    }
}
