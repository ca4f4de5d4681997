package vn.lienthong.healthinsurance.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The law a death is judged by: the one in force on the date of death (Art. 5(7): benefits follow
 * the law at the time they become due), never today's. Deaths before 2016 are for a person to judge.
 */
public enum SocialInsuranceLaw {

    /** Law 58/2014/QH13, for deaths from 1 January 2016 to 30 June 2025. */
    LAW_2014(LocalDate.of(2016, 1, 1), "Luật Bảo hiểm xã hội 58/2014/QH13", "Điều 66", "Điều 80",
            "Điều 67, 69, 70", "Điều 81"),
    /** Law 41/2024/QH15, for deaths from 1 July 2025 (Art. 140(1)). */
    LAW_2024(LocalDate.of(2025, 7, 1), "Luật Bảo hiểm xã hội 41/2024/QH15", "Điều 85", "Điều 109",
            "Điều 86, 88, 89", "Điều 110");

    private final LocalDate inForceFrom;
    private final String name;
    private final String compulsoryFuneralArticle;
    private final String voluntaryFuneralArticle;
    private final String survivorsArticles;
    private final String voluntarySurvivorsArticle;

    SocialInsuranceLaw(LocalDate inForceFrom, String name, String compulsoryFuneralArticle,
                       String voluntaryFuneralArticle, String survivorsArticles, String voluntarySurvivorsArticle) {
        this.inForceFrom = inForceFrom;
        this.name = name;
        this.compulsoryFuneralArticle = compulsoryFuneralArticle;
        this.voluntaryFuneralArticle = voluntaryFuneralArticle;
        this.survivorsArticles = survivorsArticles;
        this.voluntarySurvivorsArticle = voluntarySurvivorsArticle;
    }

    public static Optional<SocialInsuranceLaw> forDeathOn(LocalDate dateOfDeath) {
        if (!dateOfDeath.isBefore(LAW_2024.inForceFrom)) {
            return Optional.of(LAW_2024);
        }
        return dateOfDeath.isBefore(LAW_2014.inForceFrom) ? Optional.empty() : Optional.of(LAW_2014);
    }

    /** The article that grants the allowance for {@code qualification}, with the law's name. */
    public String funeralBasis(Qualification qualification) {
        return name + ", " + (qualification == Qualification.VOLUNTARY_60_MONTHS
                ? voluntaryFuneralArticle : compulsoryFuneralArticle);
    }

    /** The articles on survivors' benefits, with the voluntary insurance's when the record has voluntary months. */
    public String survivorsBasis(boolean voluntary) {
        return name + ", " + survivorsArticles + (voluntary ? ", " + voluntarySurvivorsArticle : "");
    }

    /** The articles on who qualifies, for a refusal. */
    public String refusalBasis() {
        return name + ", " + compulsoryFuneralArticle + ", " + voluntaryFuneralArticle;
    }
}
