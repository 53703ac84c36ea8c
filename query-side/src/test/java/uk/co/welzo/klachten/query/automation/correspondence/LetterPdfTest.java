package uk.co.welzo.klachten.query.automation.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.correspondence.LetterPreview;

/** A letter printed for the post: a PDF PDFBox reads back, on A4, with every character the e-mail has. */
class LetterPdfTest {

    private static final LetterTemplates LETTERS = SampleCases.templates();
    private static final String NAME = "Zoë Brontë-O’Neill";

    private final LetterPdf pdf = new LetterPdf();

    @Test
    void printsTheAcknowledgementWithTheReferenceTheNameAndTheDatesInWords() throws IOException {
        LetterPreview letter = LETTERS.render(LetterKind.ACKNOWLEDGEMENT,
                SampleCases.at(LetterKind.ACKNOWLEDGEMENT, NAME), StaffPart.NONE, Locale.ENGLISH);

        try (PDDocument printed = Loader.loadPDF(pdf.print(letter))) {
            assertThat(printed.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = printed.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("A4 wide, in points").isCloseTo(PDRectangle.A4.getWidth(), within());
            assertThat(page.getHeight()).as("A4 high, in points").isCloseTo(PDRectangle.A4.getHeight(), within());
            assertThat(text(printed)).contains(SampleCases.REFERENCE, "Dear " + NAME + ",", "Tuesday 5 January 2027",
                    "Tuesday 12 January 2027", "Welzo Limited", "Yours sincerely,");
        }
    }

    @Test
    void printsPoundsAccentsAndCurlyQuotesAsWritten() throws IOException {
        StaffPart staff = new StaffPart("You were charged £12.50 twice at the “Café Hélène” till; we’re sorry.",
                "A refund of £12.50 and a voucher for the café", null, null);
        LetterPreview letter = LETTERS.render(LetterKind.STAGE_ONE_OUTCOME,
                SampleCases.at(LetterKind.STAGE_ONE_OUTCOME, NAME), staff, Locale.ENGLISH);

        try (PDDocument printed = Loader.loadPDF(pdf.print(letter))) {
            assertThat(text(printed)).contains("£12.50 twice at the “Café Hélène” till; we’re sorry.",
                    "A refund of £12.50 and a voucher for the café", NAME).doesNotContain("#");
        }
    }

    @Test
    void printsADutchLetterToo() throws IOException {
        LetterPreview letter = LETTERS.render(LetterKind.ACKNOWLEDGEMENT,
                SampleCases.at(LetterKind.ACKNOWLEDGEMENT, NAME), StaffPart.NONE, Locale.forLanguageTag("nl"));

        try (PDDocument printed = Loader.loadPDF(pdf.print(letter))) {
            assertThat(text(printed)).contains(SampleCases.REFERENCE, NAME, "dinsdag 12 januari 2027");
        }
    }

    @Test
    void fetchesNothingAHtmlLetterNames() throws IOException {
        AtomicInteger fetched = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String at = "http://127.0.0.1:" + server.getAddress().getPort();
            String html = "<html><head><link rel=\"stylesheet\" href=\"" + at + "/letter.css\"></head><body>"
                    + "<img src=\"" + at + "/logo.png\"><img src=\"file:///etc/hostname\"><p>Dear Sam Lee,</p></body></html>";
            LetterPreview letter = new LetterPreview(LetterKind.ACKNOWLEDGEMENT, "subject", "text", html,
                    "acknowledgement/1", "en");

            try (PDDocument printed = Loader.loadPDF(pdf.print(letter))) {
                assertThat(text(printed)).contains("Dear Sam Lee,");
            }
            assertThat(fetched).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    private static String text(PDDocument printed) throws IOException {
        // the renderer may break a line anywhere; the words are compared with the lines joined
        return new PDFTextStripper().getText(printed).replaceAll("\\s+", " ");
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(1f);
    }
}
