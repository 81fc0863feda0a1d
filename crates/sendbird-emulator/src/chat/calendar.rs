//! UTC calendar arithmetic on day numbers (days since 1970-01-01): dates, ISO weeks and
//! months as the announcement statistics name them, without a date library.

/// Milliseconds per day.
pub(crate) const DAY_MS: i64 = 86_400_000;

/// The day number of a civil date (proleptic Gregorian; Howard Hinnant's algorithm).
pub(crate) fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year - era * 400;
    let month = i64::from(month);
    let mp = if month > 2 { month - 3 } else { month + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `(year, month, day)` of a day number.
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    // Both fit: 1 <= day <= 31, 1 <= month <= 12.
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

/// The day number of a Unix-millisecond time.
pub(crate) fn day_of_ms(ms: i64) -> i64 {
    ms.div_euclid(DAY_MS)
}

/// The number of days of a month.
pub(crate) fn days_in_month(year: i64, month: u32) -> u32 {
    let next = if month == 12 {
        days_from_civil(year + 1, 1, 1)
    } else {
        days_from_civil(year, month + 1, 1)
    };
    u32::try_from(next - days_from_civil(year, month, 1)).unwrap_or(31)
}

fn number<T: std::str::FromStr>(text: &str, digits: std::ops::RangeInclusive<usize>) -> Option<T> {
    if !digits.contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Reads `YYYY-MM-DD`.
pub(crate) fn parse_date(text: &str) -> Option<i64> {
    let mut parts = text.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let year: i64 = number(year, 4..=4)?;
    let month: u32 = number(month, 2..=2)?;
    let day: u32 = number(day, 2..=2)?;
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

/// Formats a day number as `YYYY-MM-DD`.
pub(crate) fn format_date(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The weekday of a day number, Monday = 0.
fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

/// The Monday of ISO week 1 of `year`.
fn iso_year_start(year: i64) -> i64 {
    let jan4 = days_from_civil(year, 1, 4);
    jan4 - weekday(jan4)
}

/// The ISO week `(year, week)` a day belongs to.
pub(crate) fn iso_week(days: i64) -> (i64, i64) {
    let thursday = days - weekday(days) + 3;
    let (year, _, _) = civil_from_days(thursday);
    (year, (thursday - iso_year_start(year)) / 7 + 1)
}

/// Reads `YYYY-W#` (`2021-W5` or `2021-W05`) as the day number of the week's Monday.
pub(crate) fn parse_week(text: &str) -> Option<i64> {
    let (year, week) = text.split_once("-W")?;
    let year: i64 = number(year, 4..=4)?;
    let week: i64 = number(week, 1..=2)?;
    let weeks_in_year = iso_week(days_from_civil(year, 12, 28)).1;
    if !(1..=weeks_in_year).contains(&week) {
        return None;
    }
    Some(iso_year_start(year) + (week - 1) * 7)
}

/// Formats the ISO week of a day as `YYYY-W#` (no zero padding, as the docs write it).
pub(crate) fn format_week(days: i64) -> String {
    let (year, week) = iso_week(days);
    format!("{year:04}-W{week}")
}

/// The Monday of a day's ISO week.
pub(crate) fn week_start(days: i64) -> i64 {
    days - weekday(days)
}

/// Reads `YYYY-MM` as a month index (`year * 12 + month - 1`).
pub(crate) fn parse_month(text: &str) -> Option<i64> {
    let (year, month) = text.split_once('-')?;
    let year: i64 = number(year, 4..=4)?;
    let month: i64 = number(month, 2..=2)?;
    if !(1..=12).contains(&month) {
        return None;
    }
    Some(year * 12 + month - 1)
}

/// The month index (`year * 12 + month - 1`) of a month.
pub(crate) fn month_index(year: i64, month: u32) -> i64 {
    year * 12 + i64::from(month) - 1
}

/// The month index of a day number.
pub(crate) fn month_of_day(days: i64) -> i64 {
    let (year, month, _) = civil_from_days(days);
    month_index(year, month)
}

/// Formats a month index as `YYYY-MM`.
pub(crate) fn format_month(index: i64) -> String {
    format!(
        "{:04}-{:02}",
        index.div_euclid(12),
        index.rem_euclid(12) + 1
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for days in [-800_000, -1, 0, 59, 11_016, 19_000, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(
            format_date(parse_date("2024-02-29").unwrap_or(0)),
            "2024-02-29"
        );
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(parse_date("2023-2-01"), None);
        assert_eq!(parse_date("2023-02-01x"), None);
    }

    #[test]
    fn iso_weeks() {
        // 2021-03-15 was the Monday of week 11.
        let monday = parse_date("2021-03-15").unwrap_or(0);
        assert_eq!(format_week(monday), "2021-W11");
        assert_eq!(format_week(monday + 6), "2021-W11");
        assert_eq!(parse_week("2021-W11"), Some(monday));
        assert_eq!(parse_week("2021-W011"), None);
        // 2021-01-01 (a Friday) belongs to 2020-W53; 2020 has 53 weeks, 2021 has 52.
        assert_eq!(
            format_week(parse_date("2021-01-01").unwrap_or(0)),
            "2020-W53"
        );
        assert!(parse_week("2020-W53").is_some());
        assert_eq!(parse_week("2021-W53"), None);
        assert_eq!(parse_week("2021-W05"), parse_week("2021-W5"));
        assert_eq!(week_start(monday + 3), monday);
    }

    #[test]
    fn months() {
        let march = parse_month("2021-03").unwrap_or(0);
        assert_eq!(format_month(march), "2021-03");
        assert_eq!(month_of_day(parse_date("2021-03-31").unwrap_or(0)), march);
        assert_eq!(parse_month("2021-13"), None);
        assert_eq!(format_month(march + 10), "2022-01");
    }
}
