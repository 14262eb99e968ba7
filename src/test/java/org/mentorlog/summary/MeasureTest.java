package org.mentorlog.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mentorlog.summary.Measure.Cell;

class MeasureTest {

    /**
     * Disclosure control keeps cells in hash maps and sets; at 600 sites the record's own hash gave
     * cells of neighbouring competencies and sites the same hash, and by-site summaries spent most of
     * their disclosure control searching the colliding entries.
     */
    @Test
    void cells_of_many_competencies_and_sites_hash_apart() {
        Set<Integer> hashes = new HashSet<>();
        int cells = 0;
        for (Indicator indicator : Relations.SIBLINGS.get(2)) {
            for (int competency = 1; competency <= 19; competency++) {
                for (int site = 1; site <= 600; site++) {
                    hashes.add(new Cell(indicator, "CSM-%02d".formatted(competency), String.valueOf(site)).hashCode());
                    cells++;
                }
            }
        }
        assertThat(hashes).hasSizeGreaterThan(cells * 99 / 100);
    }
}
