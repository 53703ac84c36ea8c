package uk.co.welzo.klachten.web.insights;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Each dashboard table as a CSV download ({@code /insights/counts.csv?} the page's filters): the same columns and
 * cells as the table on the page, as an attachment named after what it holds. Filters that cannot be read are a 400
 * with the page's messages as plain text.
 */
@Controller
class InsightsCsvController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final InsightsTables tables;
    private final Clock clock;
    private final MessageSource messages;

    InsightsCsvController(InsightsTables tables, Clock clock, MessageSource messages) {
        this.tables = tables;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/insights/{file}")
    @PreAuthorize(InsightsController.READERS)
    ResponseEntity<String> csv(@PathVariable String file, @RequestParam(required = false) String period,
                               @RequestParam(required = false) String dimension,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               Locale locale) {
        String id = file.endsWith(".csv") ? file.substring(0, file.length() - ".csv".length()) : null;
        if (id == null || !InsightsTables.IDS.contains(id)) {
            return ResponseEntity.notFound().build();
        }
        InsightsFilters.Reading reading =
                InsightsFilters.read(period, dimension, from, to, InsightsFilters.today(clock));
        if (!reading.valid()) {
            String why = reading.errors().entrySet().stream()
                    .map(error -> error.getKey() + ": " + messages.getMessage(error.getValue(), null, locale))
                    .collect(Collectors.joining("\n"));
            return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(why + "\n");
        }
        InsightsTable table = tables.table(id, reading.filters(), locale).join();
        return ResponseEntity.ok()
                .contentType(CSV)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(table.fileName() + ".csv").build().toString())
                .body(InsightsCsv.write(table));
    }
}
