package uk.co.welzo.klachten.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Working days as the complaints procedure counts them: Monday to Friday, not a bank holiday in
 * the configured holiday region, dates taken in the configured zone (see "Working days and time").
 *
 * <p>Bank holidays come from Jollyday, which already moves a holiday that falls on a weekend to its
 * substitute weekday (Boxing Day 2026 to Monday 28 December, Christmas and Boxing Day 2027 to 27 and
 * 28 December, New Year 2028 to 3 January), so only the observed date counts here. One-off bank
 * holidays announced at short notice (a coronation, a jubilee) reach Jollyday only with a new
 * release, hence the operator-configured {@code extraHolidays}.
 *
 * <p>The holiday region is an ISO 3166-2 style code, {@code COUNTRY[-SUBDIVISION...]}, case
 * insensitive: {@code GB-ENG} (England, the default, identical to {@code GB-WLS} Wales),
 * {@code GB-SCT}, {@code GB-NIR}. The country is Jollyday's calendar code, each subdivision a level
 * of its hierarchy. Unknown subdivisions are rejected, because Jollyday would otherwise silently
 * fall back to the country-wide holidays and drop Easter Monday and the August bank holiday.
 */
public final class WorkingDayCalendar {

    /** England and Wales share their bank holidays; the company's head office is in London. */
    public static final String ENGLAND_AND_WALES = "GB-ENG";

    private final ZoneId zone;
    private final String holidayRegion;
    private final HolidayManager holidayManager;
    private final String[] subdivisions;
    private final Set<LocalDate> extraHolidays;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(ZoneId zone, String holidayRegion) {
        this(zone, holidayRegion, Set.of());
    }

    public WorkingDayCalendar(ZoneId zone, String holidayRegion, Set<LocalDate> extraHolidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.holidayRegion = Objects.requireNonNull(holidayRegion, "holidayRegion");
        this.extraHolidays = Set.copyOf(Objects.requireNonNull(extraHolidays, "extraHolidays"));
        String[] parts = holidayRegion.trim().toLowerCase(Locale.ROOT).split("-");
        if (parts[0].isEmpty()) {
            throw new IllegalArgumentException("holiday region must not be blank");
        }
        this.holidayManager = managerFor(parts[0], holidayRegion);
        this.subdivisions = Arrays.copyOfRange(parts, 1, parts.length);
        requireKnownSubdivisions(holidayRegion);
    }

    public ZoneId zone() {
        return zone;
    }

    public String holidayRegion() {
        return holidayRegion;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
    }

    public boolean isBankHoliday(LocalDate date) {
        return extraHolidays.contains(date)
                || holidaysByYear.computeIfAbsent(date.getYear(), this::observedHolidaysIn).contains(date);
    }

    /** The n-th working day after {@code date}; {@code date} itself never counts, whatever it is. */
    public LocalDate workingDaysAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The n-th working day before {@code date}; {@code date} itself never counts, whatever it is. */
    public LocalDate workingDaysBefore(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The weekend days and bank holidays skipped in (fromExclusive, toInclusive], in date order. */
    public List<LocalDate> nonWorkingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(toInclusive + " is before " + fromExclusive);
        }
        List<LocalDate> skipped = new ArrayList<>();
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                skipped.add(day);
            }
        }
        return List.copyOf(skipped);
    }

    // A substitute day may in principle land in a neighbouring year, so ask for both neighbours too.
    private Set<LocalDate> observedHolidaysIn(int year) {
        return IntStream.rangeClosed(year - 1, year + 1)
                .mapToObj(y -> holidayManager.getHolidays(Year.of(y), subdivisions))
                .flatMap(Set::stream)
                .filter(holiday -> holiday.getType() != HolidayType.OBSERVANCE)
                .map(Holiday::getDate)
                .filter(date -> date.getYear() == year)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static HolidayManager managerFor(String country, String region) {
        try {
            return HolidayManager.getInstance(ManagerParameters.create(country));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown holiday region " + region, e);
        }
    }

    private void requireKnownSubdivisions(String region) {
        var level = holidayManager.getCalendarHierarchy();
        for (String subdivision : subdivisions) {
            level = level.getChildren().get(subdivision);
            if (level == null) {
                throw new IllegalArgumentException("unknown holiday region " + region);
            }
        }
    }
}
