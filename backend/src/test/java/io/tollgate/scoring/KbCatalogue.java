package io.tollgate.scoring;

import java.util.List;

/**
 * The control catalogue of knowledge base section 2: base weight b and relevance R to UNC6040 (V)
 * and UNC6395 (T), copied from the table as test data (the model now uses attack chains: {@link KbChains}).
 */
final class KbCatalogue {

    record Entry(String id, int baseWeight, double unc6040, double unc6395) {
    }

    static final List<Entry> CONTROLS = List.of(
            new Entry("C01", 5, 0.5, 0), new Entry("C02", 4, 1, 0), new Entry("C03", 3, 0.5, 0),
            new Entry("C04", 4, 0.5, 0), new Entry("C05", 3, 1, 0), new Entry("C06", 5, 1, 1),
            new Entry("C07", 5, 1, 0.5), new Entry("C08", 5, 1, 0.5), new Entry("C09", 4, 0.5, 1),
            new Entry("C10", 4, 0.5, 1), new Entry("C11", 4, 1, 0.5), new Entry("C12", 5, 0.5, 1),
            new Entry("C13", 2, 0.5, 0), new Entry("C14", 3, 0.5, 0.5), new Entry("C15", 4, 1, 1),
            new Entry("C16", 5, 1, 1), new Entry("C17", 3, 1, 0.5), new Entry("C18", 3, 0.5, 1),
            new Entry("C19", 3, 0.5, 0.5), new Entry("C20", 4, 0.5, 0.5), new Entry("C21", 2, 0.5, 0.5),
            new Entry("C22", 2, 0.5, 0.5), new Entry("C23", 2, 0, 0), new Entry("C24", 2, 0, 0),
            new Entry("C25", 4, 0.5, 0.5), new Entry("C26", 2, 0, 0), new Entry("C27", 4, 0.5, 1),
            new Entry("C28", 3, 1, 0), new Entry("C29", 3, 0, 0), new Entry("C30", 2, 0.5, 0),
            new Entry("C31", 3, 1, 0.5), new Entry("C32", 3, 0, 0), new Entry("C33", 2, 0, 0),
            new Entry("C34", 1, 0, 0), new Entry("C35", 2, 0, 0), new Entry("C36", 5, 0, 1));

    private KbCatalogue() {
    }

    static int baseWeight(String id) {
        return CONTROLS.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().baseWeight();
    }

    static ControlAnswer answer(String id, ControlStatus status, EvidenceQuality evidence) {
        return new ControlAnswer(id, baseWeight(id), status, evidence);
    }
}
