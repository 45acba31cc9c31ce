package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.productops.jira.adapter.rest.BoardJson.BoardOut;
import dev.productops.jira.application.dependency.BoardQuery;
import dev.productops.jira.application.dependency.BoardView;
import dev.productops.jira.application.dependency.DependencyBoard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import javax.inject.Inject;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The cross-project dependency board, as JSON for the page and as CSV for spreadsheets. */
@Path("board")
@LicensedOnly
public class BoardResource {
    private final DependencyBoard board;

    @Inject
    public BoardResource(DependencyBoard board) {
        this.board = board;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public BoardOut board(@QueryParam("projects") String projects, @QueryParam("columns") String columns,
                          @QueryParam("from") String from, @QueryParam("to") String to) {
        return BoardOut.of(board.board(query(projects, columns, from, to)));
    }

    static BoardQuery query(String projects, String columns, String from, String to) {
        return new BoardQuery(Parameters.projects(projects), layout(columns), Parameters.day("from", from), Parameters.day("to", to));
    }

    private static BoardQuery.Layout layout(String columns) {
        String value = columns == null || columns.isBlank() ? "sprint" : columns.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(BoardQuery.Layout.values()).filter(l -> l.name().toLowerCase(Locale.ROOT).equals(value)).findFirst()
                .orElseThrow(() -> RestProblem.badRequest("The 'columns' parameter must be sprint, version or month."));
    }

    @GET
    @Path("export")
    @Produces("text/csv;charset=UTF-8")
    public Response export(@QueryParam("projects") String projects, @QueryParam("columns") String columns,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") @DefaultValue("csv") String format) {
        if (!"csv".equalsIgnoreCase(format)) {
            throw RestProblem.badRequest("The only export format is csv.");
        }
        BoardView view = board.board(query(projects, columns, from, to));
        String file = "dependencies-" + view.lanes().stream().map(BoardView.Lane::projectKey).collect(Collectors.joining("-")) + ".csv";
        return Response.ok(csv(view)).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    static String csv(BoardView view) {
        Map<String, String> summaries = view.cards().stream()
                .collect(Collectors.toMap(BoardView.Card::issueKey, BoardView.Card::summary, (a, b) -> a));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("Blocker", "Blocker summary",
                "Dependent", "Dependent summary", "Link type", "State", "Reasons", "Needed by", "Owner", "Agreement",
                "Outside the board").build())) {
            for (BoardView.DependencyView d : view.dependencies()) {
                printer.printRecord(cell(d.from()), cell(summaries.get(d.from())), cell(d.to()), cell(summaries.get(d.to())),
                        cell(d.type()), d.state().id(), cell(d.reasons().stream().map(BoardView.Reason::message).collect(Collectors.joining(" | "))),
                        d.neededBy(), cell(d.owner()), d.agreement(), d.outOfScope() ? "yes" : "no");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Spreadsheet apps run cells that start like a formula: text from Jira must stay text. */
    static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
