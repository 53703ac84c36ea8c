package uk.co.welzo.klachten.query.automation.correspondence;

import uk.co.welzo.klachten.api.correspondence.PreviewLetter;

/** What staff write into a letter; each optional, the template leaves out what is absent (R3.3, R5.2, R4.5). */
record StaffPart(String findings, String remedy, String progress, String signposting) {

    static final StaffPart NONE = new StaffPart(null, null, null, null);

    static StaffPart of(PreviewLetter query) {
        return new StaffPart(query.findings(), query.remedy(), query.progress(), query.signposting());
    }
}
