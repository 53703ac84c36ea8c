package uk.co.welzo.klachten.query.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.search.ComplaintSearchHit;
import uk.co.welzo.klachten.api.search.ComplaintSearchResults;
import uk.co.welzo.klachten.api.search.SearchComplaints;

/**
 * Answers the staff search from its keys: what was typed is read as each kind of value it could be (a reference, an
 * e-mail address or its start, a phone number, an order number or its start, the starts of a name's words), each
 * looked up by key id in one query, then the entries found are checked against the whole text typed (a key holds at
 * most {@value SearchKeys#MAX_PREFIX} characters of a start) and shown newest first.
 */
@Component
class SearchQueryHandler {

    private final MongoTemplate mongo;

    SearchQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    ComplaintSearchResults handle(SearchComplaints search) {
        String text = search.text() == null ? "" : search.text().strip();
        List<Reading> readings = readings(text);
        if (readings.isEmpty()) {
            return new ComplaintSearchResults(List.of(), false);
        }
        Set<String> keys = new LinkedHashSet<>();
        readings.forEach(reading -> keys.addAll(reading.keys()));
        Map<String, SearchKeyDocument> found = new HashMap<>();
        mongo.find(query(where("_id").in(keys)), SearchKeyDocument.class).forEach(key -> found.put(key.id, key));

        boolean truncated = false;
        Map<String, Set<String>> candidates = new LinkedHashMap<>();
        for (Reading reading : readings) {
            Set<String> ids = null;
            for (String key : reading.keys()) {
                SearchKeyDocument holders = found.get(key);
                Set<String> holding = holders == null ? new LinkedHashSet<>() : new LinkedHashSet<>(holders.complaintIds);
                truncated |= holders != null && holders.truncated;
                if (ids == null) {
                    ids = holding;
                } else {
                    ids.retainAll(holding);
                }
            }
            for (String id : ids == null ? Set.<String>of() : ids) {
                candidates.computeIfAbsent(id, unused -> new LinkedHashSet<>()).add(reading.field());
            }
        }
        if (candidates.isEmpty()) {
            return new ComplaintSearchResults(List.of(), truncated);
        }
        List<ComplaintSearchHit> hits = new ArrayList<>();
        for (SearchEntryDocument entry : mongo.find(query(where("_id").in(candidates.keySet())), SearchEntryDocument.class)) {
            List<String> matchedOn = readings.stream()
                    .filter(reading -> candidates.get(entry.id).contains(reading.field()) && reading.matches().test(entry))
                    .map(Reading::field).distinct().toList();
            if (!matchedOn.isEmpty()) {
                hits.add(entry.toHit(matchedOn));
            }
        }
        hits.sort(Comparator.comparing(ComplaintSearchHit::receivedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ComplaintSearchHit::complaintId));
        int limit = search.boundedLimit();
        return new ComplaintSearchResults(List.copyOf(hits.subList(0, Math.min(limit, hits.size()))),
                truncated || hits.size() > limit);
    }

    /** One way of reading the text: the keys that must all hold the complaint, and the check on the entry found. */
    private record Reading(String field, List<String> keys, Predicate<SearchEntryDocument> matches) {
    }

    private static List<Reading> readings(String text) {
        List<Reading> readings = new ArrayList<>();
        if (text.isEmpty()) {
            return readings;
        }
        SearchKeys.reference(text).ifPresent(reference -> readings.add(new Reading("reference",
                List.of(SearchKeys.REFERENCE + reference), entry -> reference.equals(entry.reference))));
        String email = SearchKeys.email(text);
        if (email.contains("@")) {
            readings.add(new Reading("email", List.of(SearchKeys.EMAIL + email),
                    entry -> email.equals(SearchKeys.email(entry.email))));
        } else if (email.length() >= 2 && !email.contains(" ")) {
            readings.add(new Reading("email", List.of(SearchKeys.prefixKey(SearchKeys.EMAIL, email)),
                    entry -> entry.email != null && SearchKeys.email(entry.email).startsWith(email)));
        }
        long digits = text.chars().filter(Character::isDigit).count();
        if (digits >= 7) {
            SearchKeys.phone(text).ifPresent(phone -> readings.add(new Reading("phone", List.of(SearchKeys.PHONE + phone),
                    entry -> SearchKeys.phone(entry.phone).map(phone::equals).orElse(false))));
        }
        String order = SearchKeys.order(text);
        if (order != null && order.length() >= 2) {
            readings.add(new Reading("orderNumber", List.of(SearchKeys.prefixKey(SearchKeys.ORDER, order)),
                    entry -> entry.orderNumber != null && SearchKeys.order(entry.orderNumber).startsWith(order)));
        }
        List<String> typed = SearchKeys.words(text);
        List<String> words = typed.stream().filter(word -> word.length() >= 2).toList();
        if (!words.isEmpty()) {
            // looked up by the words long enough to have keys, checked against every word typed ("Olivia S")
            readings.add(new Reading("name", words.stream().map(word -> SearchKeys.prefixKey(SearchKeys.NAME, word)).toList(),
                    entry -> {
                        List<String> named = SearchKeys.words(entry.name);
                        return typed.stream().allMatch(word -> named.stream().anyMatch(n -> n.startsWith(word)));
                    }));
        }
        // the words in the order typed, by the full name's own key: found even when each word's key is too common
        // to hold them all; the word keys above still find the words in another order
        SearchKeys.fullName(typed).ifPresent(full -> readings.add(new Reading("name",
                List.of(SearchKeys.prefixKey(SearchKeys.FULL_NAME, full)),
                entry -> SearchKeys.fullName(SearchKeys.words(entry.name)).map(named -> named.startsWith(full))
                        .orElse(false))));
        return readings;
    }
}
