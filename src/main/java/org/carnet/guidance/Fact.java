package org.carnet.guidance;

import static org.carnet.guidance.SourceDocument.*;

/**
 * Every fact the app relies on, named as in seeds/facts.md, with the document and section it comes from. A
 * message that gives advice names its fact, so the screen can show where it comes from.
 */
public enum Fact {
    SYMPTOMS_TO_LOG(MG, "« …réellement (mécanismes) », FAQ"),
    WINDOW_IMPROVEMENT_1_3W(MG, "« Suivi et attentes », FAQ 2"),
    WINDOW_STABILISATION_4_8W(MG, "« Suivi et attentes », FAQ 2"),
    PERSISTENCE_3_4W(MG, "« Suivi et attentes »"),
    SEE_PRO_RED_FLAGS(MG, "« Quand demander un avis professionnel »"),
    SEE_PRO_RISK_PROFILE(MG, "« Quand demander un avis professionnel »"),
    SEE_PRO_OTHER_SIGNS(MG, "« Quand demander un avis professionnel »"),
    TESTS_TO_DISCUSS(MG, "1 « Évaluer sans dramatiser », FAQ 1"),
    K2_CTX_MARKER(K2, "5, « Liste de contrôle finale »"),
    MG_REFERENCE_375(MG, "2 « Corriger par l’assiette »"),
    MG_SUPPLEMENT_START_100_200(MG, "3 « Supplémenter de façon intelligente »"),
    MG_SUPPLEMENT_CEILING_250(MG, "3 « Supplémenter… », FAQ 5"),
    MG_FORMS(MG, "3 « Supplémenter… », FAQ 3"),
    MG_OXIDE_LAXATIVE(MG, "3 « Supplémenter… », FAQ 3"),
    MG_TIMING_EVENING(MG, "FAQ 6 « Quand le prendre… »"),
    MG_SPACING_2_4H(MG, "3 « Supplémenter de façon intelligente »"),
    MG_FOOD_SOURCES(MG, "2 « Corriger par l’assiette »"),
    CA_MG_COMPETITION(DMG, "V « Interactions nutritionnelles »"),
    MG_RISK_FACTORS(MG, "« Quand ce problème survient… »"),
    VITD_NEEDS_MG(DMG, "II, « Questions / Réponses »"),
    VITD_EFSA_MIN_5(DMG, "II « Comment la vitamine D… »"),
    VITD_RANGE_20_50(DMG, "VI « Les bénéfices de la supplémentation »"),
    VITD_WITH_MEAL(DMG, "VI « Les bénéfices de la supplémentation »"),
    VITD_D3_PREFERRED(DMG, "III « Le concept de synergie… », VI"),
    VITD_UPPER_100(EFSA, "tolerable upper intake levels"),
    K2_WITH_CALCIUM(K2, "2 « Associez-le… », 6 « Évitez l'excès… »"),
    K2_FOOD_SOURCES(K2, "3, « Liste de contrôle finale »"),
    K2_WITH_FAT_MEAL(K2, "4 « Planifiez votre consommation… »"),
    CA_REFERENCE_800(EFSA, "EU reference intakes"),
    CA_UPPER_2500(EFSA, "tolerable upper intake levels");

    private final SourceDocument document;
    private final String section;

    Fact(SourceDocument document, String section) {
        this.document = document;
        this.section = section;
    }

    public SourceDocument document() {
        return document;
    }

    /** The section of the document, as it is headed there (French for the seed articles). */
    public String section() {
        return section;
    }
}
