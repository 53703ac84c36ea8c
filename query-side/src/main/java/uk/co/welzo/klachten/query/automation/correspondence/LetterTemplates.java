package uk.co.welzo.klachten.query.automation.correspondence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.correspondence.LetterKind;
import uk.co.welzo.klachten.api.correspondence.LetterPreview;
import uk.co.welzo.klachten.calendar.WorkingDayCalendar;

/**
 * Writes the letters: one plain-text and one HTML Thymeleaf template per {@link LetterKind} under {@code letters/},
 * worded from {@code letters/messages*.properties} (English, Dutch), each with the version in
 * {@code letters/versions.properties}, to be recorded with the letter sent. The engine, its template resolvers and its
 * messages are its own and no bean: the pages' engine (the web module) and Boot's message source stay as they are.
 * Customer and staff text goes through {@code th:text} in HTML, so it is escaped; the subject is one line.
 */
@Component
class LetterTemplates {

    static final String HEAD_OFFICE = "Head of Customer Service, Welzo Limited, 833, 19-21 Crawford Street, London W1H 1PJ";
    static final Locale ENGLISH = Locale.ENGLISH;

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final Map<LetterKind, String> versions = new EnumMap<>(LetterKind.class);
    private final LetterFacts facts;
    private final LetterDates dates;
    private final String headOffice;
    private final Clock clock;

    LetterTemplates(WorkingDayCalendar calendar, Clock clock,
                    @Value("${klachten.letters.head-office:" + HEAD_OFFICE + "}") String headOffice) {
        this.dates = new LetterDates(calendar.zone());
        this.facts = new LetterFacts(dates);
        this.clock = clock;
        this.headOffice = headOffice;
        messages.setBasename("letters/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
        Properties stated = load("letters/versions.properties");
        for (LetterKind kind : LetterKind.values()) {
            String version = stated.getProperty(name(kind));
            if (version == null) {
                throw new IllegalStateException("letters/versions.properties has no version for " + name(kind));
            }
            versions.put(kind, name(kind) + "/" + version.strip());
        }
    }

    /**
     * The letter of {@code kind} to the complaint {@code view} shows, with what staff wrote, in {@code locale}'s
     * language (English unless Dutch).
     *
     * @throws uk.co.welzo.klachten.platform.problem.Refused when the letter does not fit the case now, or a final
     *                                                       response lacks its signposting (R4.5)
     */
    LetterPreview render(LetterKind kind, ComplaintView view, StaffPart staff, Locale locale) {
        Locale language = "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : ENGLISH;
        Map<String, Object> variables = facts.of(kind, view, staff, language);
        // the outcome and the closure reason come as message keys, said in the letter's language
        for (String worded : new String[] {"outcome", "closureReason"}) {
            variables.computeIfPresent(worded, (name, key) -> messages.getMessage((String) key, null, language));
        }
        Context context = new Context(language, variables);
        context.setVariable("company", messages.getMessage("letter.company", null, language));
        context.setVariable("headOffice", headOffice);
        context.setVariable("today", LetterDates.words(LocalDate.now(clock.withZone(dates.zone())), language));
        String subject = oneLine(messages.getMessage("subject." + name(kind),
                new Object[] {view.reference(), view.complainant().name()}, language));
        return new LetterPreview(kind, subject, engine.process(name(kind) + ".txt", context),
                engine.process(name(kind) + ".html", context), versions.get(kind), language.getLanguage());
    }

    /** No line breaks, nor any other control character, in a subject: a name can never add a mail header. */
    static String oneLine(String subject) {
        return subject.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").replaceAll(" {2,}", " ").strip();
    }

    static String name(LetterKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(LetterTemplates.class.getClassLoader());
        resolver.setPrefix("letters/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            properties.load(in);
            return properties;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
