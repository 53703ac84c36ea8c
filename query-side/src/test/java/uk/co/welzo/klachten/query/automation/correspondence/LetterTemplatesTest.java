package uk.co.welzo.klachten.query.automation.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.co.welzo.klachten.query.automation.correspondence.SampleCases.REFERENCE;
import static uk.co.welzo.klachten.query.automation.correspondence.SampleCases.at;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.co.welzo.klachten.api.ErrorCode;
import uk.co.welzo.klachten.api.complaint.ComplaintStatus;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.correspondence.LetterPreview;
import uk.co.welzo.klachten.platform.problem.Refused;

/** Every letter written from a sample case: its facts, its dates in words, its language, and what people wrote kept safe. */
class LetterTemplatesTest {

    private static final LetterTemplates LETTERS = SampleCases.templates();
    private static final StaffPart SIGNPOSTED = new StaffPart(null, null, null,
            "Citizens Advice: www.citizensadvice.org.uk, 0800 144 8848");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private static LetterPreview english(LetterKind kind, StaffPart staff) {
        return LETTERS.render(kind, at(kind, "Sam Lee"), staff, Locale.ENGLISH);
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void writesEveryLetterOnTheLetterheadWithTheReferenceAndItsTemplateVersion(LetterKind kind) {
        LetterPreview letter = english(kind, SIGNPOSTED);

        assertThat(letter.kind()).isEqualTo(kind);
        assertThat(letter.language()).isEqualTo("en");
        assertThat(letter.templateVersion()).isEqualTo(LetterTemplates.name(kind) + "/1");
        assertThat(letter.subject()).contains(REFERENCE).contains("Sam Lee").doesNotContain("\n");
        for (String body : new String[] {letter.text(), letter.html()}) {
            assertThat(body).contains("Welzo Limited", LetterTemplates.HEAD_OFFICE, "Dear Sam Lee,", REFERENCE,
                    "Tuesday 5 January 2027", "Yours sincerely,");
        }
        assertThat(letter.text()).doesNotContain("[(", "#{", "${", "<p");
        assertThat(letter.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">").doesNotContain("th:");
    }

    @Test
    void theAcknowledgementGivesTheReferenceWhatHappensNextAndTheStageOneTargetDate_R2_2() {
        LetterPreview letter = english(LetterKind.ACKNOWLEDGEMENT, StaffPart.NONE);

        assertThat(letter.text()).contains("received your complaint on Wednesday 23 December 2026",
                "under the reference " + REFERENCE, "all earlier correspondence",
                "We aim to give you our answer by Tuesday 12 January 2027.");
        assertThat(letter.subject()).isEqualTo("Your complaint " + REFERENCE + " (Sam Lee): we have received it");
    }

    @Test
    void aDeadlineAtLondonMidnightIsWrittenAsTheDayItEnds() {
        LetterDates dates = new LetterDates(SampleCases.LONDON.zone());

        assertThat(dates.due(SampleCases.STAGE_ONE_DUE, Locale.ENGLISH)).isEqualTo("Tuesday 12 January 2027");
        // summer time: London midnight is 23:00 UTC the day before
        assertThat(dates.due(java.time.Instant.parse("2027-06-15T23:00:00Z"), Locale.ENGLISH)).isEqualTo("Tuesday 15 June 2027");
        assertThat(dates.due(java.time.Instant.parse("2027-06-15T10:00:00Z"), Locale.ENGLISH)).isEqualTo("Tuesday 15 June 2027");
        assertThat(dates.on(java.time.Instant.parse("2027-06-15T23:30:00Z"), Locale.ENGLISH)).isEqualTo("Wednesday 16 June 2027");
        assertThat(dates.due(SampleCases.STAGE_ONE_DUE, DUTCH)).isEqualTo("dinsdag 12 januari 2027");
    }

    @Test
    void theExtensionTellsTheProgressTheReasonAndTheNewDate_R5_2() {
        LetterPreview letter = english(LetterKind.DEADLINE_EXTENSION,
                new StaffPart(null, null, "The warehouse has checked your parcel.", null));

        assertThat(letter.text()).contains("The warehouse has checked your parcel.",
                "Why we need more time: we are waiting for the laboratory's test results",
                "We had aimed to answer by Tuesday 12 January 2027. We will now give you our answer by Tuesday 26 January 2027.");
    }

    @Test
    void theStageOneOutcomeTellsTheOutcomeTheRemedyAndHowAndByWhenToEscalate_R3_5_R4_1() {
        LetterPreview letter = english(LetterKind.STAGE_ONE_OUTCOME,
                new StaffPart("You were charged twice for order 1234.", null, null, null));

        assertThat(letter.text()).contains("You were charged twice for order 1234.",
                "The outcome: we partly uphold your complaint.", "A refund of the second charge",
                "write to " + LetterTemplates.HEAD_OFFICE, "Please ask for a review by Tuesday 9 March 2027.");
    }

    @Test
    void staffMayWordTheRemedyThemselves() {
        assertThat(english(LetterKind.STAGE_ONE_OUTCOME, new StaffPart(null, "A voucher of £20", null, null)).text())
                .contains("A voucher of £20").doesNotContain("A refund of the second charge");
    }

    @Test
    void theEscalationAcknowledgementNamesTheDepartmentAndTheStageTwoTargetDate_R4_3() {
        LetterPreview letter = english(LetterKind.ESCALATION_ACKNOWLEDGEMENT, StaffPart.NONE);

        assertThat(letter.text()).contains("The manager of our Warehouse department will review",
                "final response by Tuesday 23 February 2027").doesNotContain("Morgan Price");
    }

    @Test
    void theFinalResponseIsFinalAndSignpostsIndependentAdvice_R4_5_R7_1() {
        LetterPreview letter = english(LetterKind.FINAL_RESPONSE, SIGNPOSTED);

        assertThat(letter.text()).contains("This is our final response.", "The outcome: we uphold your complaint.",
                "A full refund and a replacement", "you may seek independent advice and support",
                "Citizens Advice: www.citizensadvice.org.uk, 0800 144 8848");
    }

    @Test
    void refusesAFinalResponseWithoutSignpostingToIndependentAdvice_R4_5() {
        for (StaffPart unsignposted : new StaffPart[] {StaffPart.NONE, new StaffPart("found", "remedy", null, " \t ")}) {
            assertThatThrownBy(() -> english(LetterKind.FINAL_RESPONSE, unsignposted))
                    .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.detail())
                            .extracting("code", "field").containsExactly(ErrorCode.LETTER_SIGNPOSTING_MISSING, "signposting"));
        }
    }

    @Test
    void theConfirmationsSayWhatHappenedAndWhen() {
        assertThat(english(LetterKind.WITHDRAWAL_CONFIRMATION, StaffPart.NONE).text())
                .contains("we have withdrawn your complaint", "It was withdrawn on Monday 4 January 2027.");
        assertThat(english(LetterKind.CLOSURE_CONFIRMATION, StaffPart.NONE).text())
                .contains("We have closed your complaint: you accepted our resolution.");
    }

    @Test
    void previewsTheOutcomeLetterWhileInvestigatingWithTheFindingsAndNoOutcomeYet_R3_3() {
        LetterPreview letter = LETTERS.render(LetterKind.STAGE_ONE_OUTCOME, at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee"),
                new StaffPart("The courier left the parcel in the rain.", null, null, null), Locale.ENGLISH);

        assertThat(letter.text()).contains("The courier left the parcel in the rain.", REFERENCE);
    }

    @Test
    void refusesALetterThatDoesNotFitTheComplaintNow() {
        assertThatThrownBy(() -> LETTERS.render(LetterKind.FINAL_RESPONSE, at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee"),
                StaffPart.NONE, Locale.ENGLISH))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.detail().code()).isEqualTo(ErrorCode.LETTER_NOT_APPLICABLE);
                    assertThat(refused.detail().message()).isEqualTo(
                            "the FINAL_RESPONSE letter does not fit complaint web-1 while it is UNDER_INVESTIGATION");
                });
        // an extension letter needs a deadline that was extended
        assertThatThrownBy(() -> LETTERS.render(LetterKind.DEADLINE_EXTENSION, at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee"),
                StaffPart.NONE, Locale.ENGLISH))
                .isInstanceOfSatisfying(Refused.class,
                        refused -> assertThat(refused.detail().code()).isEqualTo(ErrorCode.LETTER_NOT_APPLICABLE));
        assertThatThrownBy(() -> LETTERS.render(LetterKind.WITHDRAWAL_CONFIRMATION,
                SampleCases.withStatus(at(LetterKind.CLOSURE_CONFIRMATION, "Sam Lee"), ComplaintStatus.CLOSED),
                StaffPart.NONE, Locale.ENGLISH)).isInstanceOf(Refused.class);
    }

    @Test
    void writesInDutchWhenAskedWithDutchDates() {
        LetterPreview letter = LETTERS.render(LetterKind.ACKNOWLEDGEMENT, at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee"),
                StaffPart.NONE, DUTCH);

        assertThat(letter.language()).isEqualTo("nl");
        assertThat(letter.subject()).isEqualTo("Uw klacht " + REFERENCE + " (Sam Lee): ontvangen");
        assertThat(letter.text()).contains("Welzo Limited", "Beste Sam Lee,", "op woensdag 23 december 2026 ontvangen",
                "uiterlijk dinsdag 12 januari 2027", "Met vriendelijke groet,");
        assertThat(letter.html()).contains("<html lang=\"nl\">");
    }

    @Test
    void anyOtherLanguageGetsEnglish() {
        assertThat(LETTERS.render(LetterKind.ACKNOWLEDGEMENT, at(LetterKind.ACKNOWLEDGEMENT, "Sam Lee"), StaffPart.NONE,
                Locale.FRENCH).language()).isEqualTo("en");
    }

    @Test
    void escapesWhatCustomersAndStaffWroteInHtml() {
        String script = "<script>alert('x')</script>";
        LetterPreview letter = LETTERS.render(LetterKind.FINAL_RESPONSE, at(LetterKind.FINAL_RESPONSE, "Sam " + script),
                new StaffPart("found " + script, "remedy " + script, null, "advice " + script), Locale.ENGLISH);

        assertThat(letter.html()).doesNotContain("<script", "alert('x')")
                .contains("Dear Sam &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;,", "remedy &lt;script&gt;",
                        "found &lt;script&gt;", "advice &lt;script&gt;");
        assertThat(letter.text()).contains("Dear Sam " + script + ",");
    }

    @Test
    void aLineBreakInANameNeverReachesTheSubject() {
        for (String name : new String[] {"Sam\r\nBcc: everyone@example.org", "Sam\nLee", "Sam\rLee", "Sam\u2028Lee",
                "Sam\u0085Lee", "Sam\tLee\u0000"}) {
            String subject = LETTERS.render(LetterKind.ACKNOWLEDGEMENT, at(LetterKind.ACKNOWLEDGEMENT, name),
                    StaffPart.NONE, Locale.ENGLISH).subject();
            assertThat(subject).as(name).doesNotContain("\r", "\n", "\u2028", "\u0085", "\t", "\u0000")
                    .startsWith("Your complaint " + REFERENCE + " (Sam");
        }
    }

    @Test
    void theDutchWordsHaveEveryKeyTheEnglishHave() throws IOException {
        assertThat(bundle("letters/messages_nl.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("letters/messages.properties").stringPropertyNames());
    }

    private static Properties bundle(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LetterTemplatesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
