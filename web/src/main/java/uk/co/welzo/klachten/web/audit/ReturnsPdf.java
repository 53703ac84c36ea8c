package uk.co.welzo.klachten.web.audit;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The returns as an A4 PDF: the printable page's figures ({@code audit/returns-pdf}, the same fragment and words),
 * rendered by Thymeleaf outside a request and printed by openhtmltopdf, as the post room's letters are. jsoup reads
 * Thymeleaf's HTML into the DOM the renderer takes; nothing outside the document is fetched.
 */
@Component
class ReturnsPdf {

    private static final String NO_BASE = null;

    private final SpringTemplateEngine templates;
    private final ApplicationContext context;

    ReturnsPdf(SpringTemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
    }

    byte[] print(Map<String, Object> model, Locale locale) {
        Context variables = new Context(locale, model);
        // lets the template call beans (@consoleTime) as the pages do
        variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        String html = templates.process("audit/returns-pdf", variables);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), NO_BASE)
                    .withProducer("Klachten")
                    .toStream(pdf)
                    .run();
        } catch (IOException unprintable) {
            throw new UncheckedIOException("the returns cannot be printed", unprintable);
        }
        return pdf.toByteArray();
    }
}
