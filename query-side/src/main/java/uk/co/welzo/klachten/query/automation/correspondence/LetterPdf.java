package uk.co.welzo.klachten.query.automation.correspondence;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.correspondence.LetterPreview;

/**
 * Prints a letter for the post room: the HTML part of the e-mail, the same words, as an A4 PDF. Thymeleaf's HTML need
 * not be well-formed XML, so jsoup reads it into the DOM the renderer takes. The PDF standard fonts are enough for
 * English and Dutch letters (£, é, ë and curly quotes are in their encoding), so none is embedded.
 */
@Component
class LetterPdf {

    /** No base URI: a letter names no images or style sheets. */
    private static final String NO_BASE = null;

    byte[] print(LetterPreview letter) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                    // nothing is fetched while printing, whatever a letter's HTML might one day name: no file, no URL
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(letter.html())), NO_BASE)
                    .withProducer("Klachten")
                    .toStream(pdf)
                    .run();
        } catch (IOException unprintable) {
            throw new UncheckedIOException("the " + letter.kind() + " letter cannot be printed", unprintable);
        }
        return pdf.toByteArray();
    }
}
