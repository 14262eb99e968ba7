package org.mentorlog.demo;

import java.util.List;
import org.mentorlog.demo.DemoSetup.Trainee;
import org.mentorlog.demo.DemoText.TagStory;

/**
 * What mentors noticed about women's participation: none to two observations per session. Barriers
 * give way to opportunities and traditional to transformative over the year, slowly, as in the field.
 */
final class DemoObservations {

    private static final String OBSERVATION_SQL = """
            insert into observation (session_id, trainee_id, approach, mowip_area_id, polarity, norm_source, note)
            values (?, ?, ?, ?, ?, ?, ?)""";
    private static final String TAG_SQL = "insert into observation_tag (observation_id, tag_id) values (?, ?)";

    private final DemoWriter writer;
    private final DemoRandom dice;
    private final DemoReference reference;

    DemoObservations(DemoWriter writer, DemoRandom dice, DemoReference reference) {
        this.writer = writer;
        this.dice = dice;
        this.reference = reference;
    }

    void record(long sessionId, List<Trainee> there, double progress) {
        double roll = dice.fraction();
        int count = roll < 0.4 ? 0 : roll < 0.8 ? 1 : 2;
        for (int i = 0; i < count; i++) {
            observe(sessionId, there, progress);
        }
    }

    private void observe(long sessionId, List<Trainee> there, double progress) {
        boolean barrier = dice.chance(0.65 - 0.3 * progress);
        List<TagStory> stories = barrier ? DemoText.BARRIER_STORIES : DemoText.ENABLER_STORIES;
        TagStory story = dice.weighted(stories, TagStory::weight);
        // A second tag only when it is not harassment, so a harassment flag always stands alone.
        List<TagStory> others = stories.stream()
                .filter(other -> !other.equals(story) && !other.tag().equals(DemoText.HARASSMENT))
                .toList();
        TagStory second = dice.chance(0.3) ? dice.weighted(others, TagStory::weight) : null;
        boolean harassment = story.tag().equals(DemoText.HARASSMENT);

        String approach = dice.chance(0.10 + 0.24 * progress) ? "TRANSFORMATIVE" : "TRADITIONAL";
        String normSource = dice.chance(0.75) ? story.normSource() : dice.pick(DemoText.NORM_SOURCES);
        // Harassment is a flag only: no words, and no link to the woman concerned.
        String note = harassment ? null : dice.pick(story.notes());
        Long traineeId = harassment ? null : aboutAWoman(there);

        long observationId = writer.insert(OBSERVATION_SQL, sessionId, traineeId, approach,
                reference.mowipArea(story.mowipArea()), barrier ? "BARRIER" : "OPPORTUNITY", normSource, note);
        writer.later(TAG_SQL, observationId, reference.tag(story.tag()));
        if (second != null) {
            writer.later(TAG_SQL, observationId, reference.tag(second.tag()));
        }
    }

    /** Somewhat under half of the observations are about one woman who was there. */
    private Long aboutAWoman(List<Trainee> there) {
        List<Trainee> women = there.stream().filter(Trainee::woman).toList();
        return !women.isEmpty() && dice.chance(0.45) ? dice.pick(women).id() : null;
    }
}
