package app.rapport.api.survey;

/** Where an NPS answer falls: promoters 9–10, passives 7–8, detractors 0–6. */
public enum NpsGroup {
    PROMOTER,
    PASSIVE,
    DETRACTOR;

    public static NpsGroup of(int score) {
        return score >= 9 ? PROMOTER : score >= 7 ? PASSIVE : DETRACTOR;
    }
}
