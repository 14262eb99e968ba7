package org.mentorlog.demo;

import java.util.List;
import java.util.Map;

/**
 * The words of the demo: trainee names as they are common in Mali, and what mentors write in
 * English about a crime scene management programme. Nothing here names a real person.
 */
final class DemoText {

    static final String CLASSROOM = "CLASSROOM";
    static final String PRACTICAL = "PRACTICAL_EXERCISE";
    static final String REAL_SCENE = "REAL_SCENE";
    static final String ONE_TO_ONE = "ONE_TO_ONE";

    static final List<String> WOMEN_FIRST_NAMES = List.of(
            "Aminata", "Fatoumata", "Mariam", "Kadiatou", "Awa", "Hawa", "Oumou", "Assitan", "Djénéba",
            "Salimata", "Rokia", "Aïssata", "Bintou", "Kadidia", "Nana", "Fanta", "Sitan", "Maïmouna",
            "Ramata", "Korotoumou", "Adiaratou", "Safiatou");

    static final List<String> MEN_FIRST_NAMES = List.of(
            "Moussa", "Amadou", "Ibrahim", "Oumar", "Seydou", "Boubacar", "Mamadou", "Souleymane",
            "Abdoulaye", "Modibo", "Bakary", "Cheick", "Adama", "Youssouf", "Drissa", "Lassina", "Siaka",
            "Issa", "Daouda", "Hamidou", "Sidiki", "Mahamane");

    static final List<String> LAST_NAMES = List.of(
            "Traoré", "Keïta", "Coulibaly", "Diarra", "Konaté", "Sangaré", "Cissé", "Touré", "Dembélé",
            "Sissoko", "Diallo", "Maïga", "Kanté", "Doumbia", "Sidibé", "Sylla", "Camara", "Koné",
            "Bagayoko", "Samaké", "Haïdara", "Guindo", "Dicko", "Tounkara");

    static final Map<String, List<String>> UNIT_TYPES = Map.of(
            "POLICE", List.of("Police judiciaire", "Commissariat", "Brigade anti-criminalité",
                    "Police technique et scientifique"),
            "GENDARMERIE", List.of("Brigade de recherches", "Brigade territoriale", "Section de recherches"),
            "NATIONAL_GUARD", List.of("Garde nationale, escadron"),
            "CIVIL_PROTECTION", List.of("Protection civile, centre de secours"));

    /** What a session sets out to do, the formats it suits and the curriculum topics it covers. */
    record Purpose(String text, List<String> formats, List<String> topics) {
    }

    static final List<Purpose> PURPOSES = List.of(
            new Purpose("Practise securing and documenting a burglary scene",
                    List.of(PRACTICAL), List.of("CSM-05", "CSM-06", "CSM-07")),
            new Purpose("Introduce the chain-of-custody form and the exhibit register",
                    List.of(CLASSROOM), List.of("CSM-01", "CSM-16")),
            new Purpose("Rehearse first responder actions at a simulated post-blast scene",
                    List.of(PRACTICAL), List.of("CSM-02", "CSM-14")),
            new Purpose("Lift and photograph fingermarks on glass and metal surfaces",
                    List.of(PRACTICAL, CLASSROOM), List.of("CSM-10", "CSM-07")),
            new Purpose("Plan a homicide scene with a scene commander and clear roles",
                    List.of(PRACTICAL), List.of("CSM-04", "CSM-05")),
            new Purpose("Write a procès-verbal from the notes of the last exercise",
                    List.of(CLASSROOM, ONE_TO_ONE), List.of("CSM-06")),
            new Purpose("Sketch and measure an indoor scene by triangulation",
                    List.of(PRACTICAL, CLASSROOM), List.of("CSM-08")),
            new Purpose("Compare line, grid and zone searches in open ground",
                    List.of(PRACTICAL), List.of("CSM-09")),
            new Purpose("Collect biological traces without contaminating them",
                    List.of(PRACTICAL, CLASSROOM), List.of("CSM-11", "CSM-16")),
            new Purpose("Cast and photograph footwear and tyre marks",
                    List.of(PRACTICAL), List.of("CSM-12", "CSM-07")),
            new Purpose("Make a firearm safe and document cartridge cases at the scene",
                    List.of(PRACTICAL, CLASSROOM), List.of("CSM-13", "CSM-01")),
            new Purpose("Search a vehicle systematically and record the findings",
                    List.of(PRACTICAL), List.of("CSM-17", "CSM-09")),
            new Purpose("Seize a phone and documents and preserve digital traces",
                    List.of(CLASSROOM, PRACTICAL), List.of("CSM-15", "CSM-01")),
            new Purpose("Receive victims and witnesses at the scene with respect for their dignity",
                    List.of(CLASSROOM, PRACTICAL), List.of("CSM-18", "CSM-03")),
            new Purpose("Handle a sexual violence scene: privacy, same-sex examination and referral",
                    List.of(CLASSROOM, PRACTICAL), List.of("CSM-19", "CSM-18")),
            new Purpose("Apply the legal framework for searches and seizures",
                    List.of(CLASSROOM), List.of("CSM-03", "CSM-09")),
            new Purpose("Mentor the duty team at a real burglary scene",
                    List.of(REAL_SCENE), List.of("CSM-05", "CSM-07", "CSM-06")),
            new Purpose("Accompany the judicial police at a real homicide scene",
                    List.of(REAL_SCENE), List.of("CSM-04", "CSM-01", "CSM-11")),
            new Purpose("Support the first responders at a real scene after an explosion",
                    List.of(REAL_SCENE), List.of("CSM-02", "CSM-14", "CSM-05")),
            new Purpose("Review the exhibit store: labelling, storage and transport",
                    List.of(ONE_TO_ONE, PRACTICAL), List.of("CSM-16")),
            new Purpose("Advise the unit's scene commander on planning the next exercise",
                    List.of(ONE_TO_ONE), List.of("CSM-04")),
            new Purpose("Coach a new photographer on overview, mid-range and close-up images",
                    List.of(ONE_TO_ONE), List.of("CSM-07")),
            new Purpose("Same-sex searches and respectful handling of the deceased",
                    List.of(CLASSROOM, REAL_SCENE), List.of("CSM-19", "CSM-09")));

    static final List<String> GENDER_CONTENT_NOTES = List.of(
            "Same-sex search of women suspects and victims",
            "Privacy and referral for victims of sexual violence at the scene",
            "Discussed why women are rarely given the scene commander role",
            "Respectful handling of the deceased according to local custom",
            "Who decides what is 'too dangerous' for women officers at a scene",
            "Women's access to crime scene postings after the training");

    static final List<String> ATTENDANCE_NOTES = List.of(
            "Kept the access log without gaps",
            "Took the photographs in the right sequence",
            "Briefed the cordon team clearly",
            "Asked good questions about the chain of custody",
            "Left the practical part to others",
            "Was called away by the unit halfway through");

    /** Evidence for a competency rating, by level 1 to 4. */
    static final List<List<String>> RATING_EVIDENCE = List.of(
            List.of("Needed step-by-step guidance", "Skipped steps without noticing"),
            List.of("Did it with prompting", "Right steps, wrong order; corrected when asked"),
            List.of("Did it correctly without help", "Worked unaided and checked own work"),
            List.of("Explained and demonstrated it to the group", "Corrected a colleague's technique"));

    static final List<String> APPROVAL_COMMENTS = List.of(
            "Clear purpose and good evidence notes.",
            "Good log. Please keep rating every topic covered.");

    static final String RETURN_COMMENT =
            "Please check the attendance (two trainees I saw there are missing) and add evidence to the ratings.";

    /**
     * What mentors see behind one barrier or enabler tag: the MOWIP issue area it usually belongs to,
     * the usual source of the norm, and example notes. Harassment has no notes: only the flag is kept.
     */
    record TagStory(String tag, String mowipArea, String normSource, double weight, List<String> notes) {
    }

    static final String HARASSMENT = "HARASSMENT";

    static final List<TagStory> BARRIER_STORIES = List.of(
            new TagStory("NOT_NOMINATED", "DEPLOYMENT_SELECTION", "INSTITUTIONAL", 1, List.of(
                    "Only one of the women trained last quarter was put forward for the exercise.",
                    "Women officers said they hear about training places too late to be nominated.")),
            new TagStory("PROTECTION_NORM", "GENDER_ROLES", "SOCIETAL", 1.5, List.of(
                    "The commander kept the women at the outer cordon, saying the inner scene was too dangerous.",
                    "Women were left out of the post-blast walk-through 'for their own safety'.")),
            new TagStory("CARE_DUTIES", "HOUSEHOLD", "FAMILY", 1, List.of(
                    "Two women left before the afternoon part to collect children; the exercise ran late.",
                    "The early start makes it hard for officers with care duties to attend.")),
            new TagStory("NO_FACILITIES", "INFRASTRUCTURE", "INSTITUTIONAL", 1, List.of(
                    "No toilet or changing space for women at the site; women left the exercise for long periods.",
                    "No prayer space near the exercise area; participants left in turns.")),
            new TagStory("KIT_DOES_NOT_FIT", "INFRASTRUCTURE", "INSTITUTIONAL", 0.7, List.of(
                    "Overalls and gloves only in large sizes; the women worked without proper protection.")),
            new TagStory("LITERACY_LANGUAGE", "ELIGIBLE_POOL", "SOCIETAL", 0.7, List.of(
                    "Some participants struggled with the written forms; one person filled in the log for all.")),
            new TagStory("STEREOTYPED_TASKS", "GENDER_ROLES", "CULTURAL", 2, List.of(
                    "Women were again given the note-taking and the access log while the men searched.",
                    "When roles were handed out, the men took search and evidence collection without discussion.")),
            new TagStory("MARGINALISED", "SOCIAL_EXCLUSION", "CULTURAL", 1, List.of(
                    "The only woman in the group was left out of the planning discussion.",
                    "Her suggestions on the search pattern were ignored until a man repeated them.")),
            new TagStory(HARASSMENT, "SOCIAL_EXCLUSION", "INSTITUTIONAL", 0.4, List.of()),
            new TagStory("NOT_POSTED", "CAREER_VALUE", "INSTITUTIONAL", 0.8, List.of(
                    "A woman who qualified last year is still at the reception desk, not in the judicial police.",
                    "Trained women are not on the duty roster for crime scenes.")));

    static final List<TagStory> ENABLER_STORIES = List.of(
            new TagStory("COMMANDER_ENDORSEMENT", "LEADERSHIP", "INSTITUTIONAL", 1.2, List.of(
                    "The commissaire announced that women will take turns as scene commander; it was respected.",
                    "The unit commander came to the debrief and praised the women's work on the exhibits.")),
            new TagStory("ROLE_MODELS", "EXPERIENCES", "SOCIETAL", 1, List.of(
                    "A woman gendarmerie officer co-instructed the fingerprint module; women asked more questions.",
                    "The guest instructor from the police school was a woman; several women asked her about postings.")),
            new TagStory("WOMENS_NETWORK", "SOCIAL_EXCLUSION", "SOCIETAL", 0.8, List.of(
                    "Women officers from the two units now meet monthly and asked to join the next exercise together.")),
            new TagStory("MALE_ALLIES", "GENDER_ROLES", "CULTURAL", 1, List.of(
                    "A male adjudant handed the photographer role to a woman colleague and coached her through it.",
                    "Two men insisted that the women take part in the inner-scene search.")),
            new TagStory("ADAPTED_FACILITIES", "INFRASTRUCTURE", "INSTITUTIONAL", 0.8, List.of(
                    "Smaller overalls and gloves arrived; everybody worked fully equipped.",
                    "A changing room for women was set up at the school.")),
            new TagStory("FLEXIBLE_TIMING", "HOUSEHOLD", "FAMILY", 0.8, List.of(
                    "Starting at 09:00 let two women with young children attend the whole exercise.")),
            new TagStory("SAFE_TRANSPORT", "INFRASTRUCTURE", "SOCIETAL", 0.6, List.of(
                    "Mission transport to the site meant the women could stay for the late session.")),
            new TagStory("SAME_SEX_SEARCH", "DEPLOYMENT_CRITERIA", "RELIGIOUS", 0.8, List.of(
                    "The unit applied the same-sex search rule, so women searched the women suspects.",
                    "The commander asked for women searchers for a scene with women victims.")));

    static final List<String> NORM_SOURCES = List.of("SOCIETAL", "CULTURAL", "RELIGIOUS", "INSTITUTIONAL", "FAMILY");

    static final List<String> FOLLOW_UP_ACTIONS = List.of(
            "Lead the cordon briefing at the next exercise",
            "Practise packaging and labelling biological exhibits under supervision",
            "Rewrite the procès-verbal of the last exercise and review it together",
            "Ask the unit commander to nominate her for the next real-scene rotation",
            "Rehearse the photography sequence: overview, mid-range, close-up with scale",
            "Take the scene commander role in the next practical exercise",
            "Shadow the exhibits officer at a real scene",
            "Complete the fingerprint lifting worksheet",
            "Check that the unit has gloves and overalls in her size",
            "Discuss a posting to the judicial police unit with the commander",
            "Practise the grid search with the team",
            "Fill in the chain-of-custody form for three exhibits unaided");

    static final List<String> DONE_OUTCOMES = List.of(
            "Done; led the briefing confidently",
            "Completed; two corrections, now correct",
            "Done; the commander agreed and she is on the next rotation",
            "Done at the following exercise",
            "Completed with support; repeat in two months",
            "Done; kit in her size now in the unit store");

    static final List<String> CANCEL_REASONS = List.of(
            "Trainee transferred to another region",
            "Exercise cancelled for security reasons",
            "Trainee on extended leave",
            "Replaced by a new action after the review");

    private DemoText() {
    }
}
