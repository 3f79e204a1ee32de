package app.rapport.quality.scoring;

import java.util.List;

/** Net Promoter Score: % promoters (9–10) − % detractors (0–6) of all answers, passives (7–8) counted in n. */
public record Nps(int n, int promoters, int passives, int detractors, double score) {

    public static Nps of(List<Integer> answers) {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (int a : answers) {
            if (a < 0 || a > 10) {
                throw new IllegalArgumentException("an NPS answer is 0–10, not " + a);
            }
            if (a >= 9) {
                promoters++;
            } else if (a >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        int n = answers.size();
        double score = n == 0 ? 0 : 100.0 * (promoters - detractors) / n;
        return new Nps(n, promoters, passives, detractors, score);
    }

    /** A detractor: the answer that opens a follow-up. */
    public static boolean detractor(int answer) {
        return answer <= 6;
    }
}
