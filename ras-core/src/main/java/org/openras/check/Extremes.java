package org.openras.check;

import org.apiguardian.api.API;

/**
 * The least and greatest the table can give one client group in one locality, each with an
 * assessment that reaches it (spec §7: "the least and greatest budget the table can produce for
 * each client group and locality").
 *
 * @param clientGroup the client group of the curve ({@code *} for the fallback curve, which every
 *     group without its own curve gets)
 * @param locality the locality of the cost factor ({@code *} for the fallback factor)
 * @param leastPoints an assessment with the least total points any assessment can score
 * @param greatestPoints an assessment with the greatest total points
 * @param leastBudget an assessment with the least indicative budget for this group and locality
 * @param greatestBudget an assessment with the greatest indicative budget
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Extremes(
    String clientGroup,
    String locality,
    Example leastPoints,
    Example greatestPoints,
    Example leastBudget,
    Example greatestBudget) {}
