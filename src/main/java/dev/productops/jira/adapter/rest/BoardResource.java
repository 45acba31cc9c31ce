package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.productops.jira.adapter.rest.BoardJson.BoardOut;
import dev.productops.jira.application.dependency.BoardFilter;
import dev.productops.jira.application.dependency.BoardQuery;
import dev.productops.jira.domain.dependency.ReasonCode;
import dev.productops.jira.domain.dependency.RiskState;
import dev.productops.jira.application.dependency.BoardView;
import dev.productops.jira.application.dependency.BoardToSave;
import dev.productops.jira.application.dependency.BoardViews;
import dev.productops.jira.application.dependency.port.BoardViewStore;
import dev.productops.jira.application.dependency.DependencyBoard;
import com.atlassian.sal.api.message.I18nResolver;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The cross-project dependency board, as JSON for the page and as CSV for spreadsheets. */
@Path("board")
@LicensedOnly
public class BoardResource {
    private final DependencyBoard board;
    private final BoardViews views;
    private final ReasonTexts texts;

    @Inject
    public BoardResource(DependencyBoard board, BoardViews views, I18nResolver i18n) {
        this.board = board;
        this.views = views;
        this.texts = new ReasonTexts(i18n);
    }

    /** The caller's last board and saved boards; {@code view} is the board page's query ("?projects=PAY,CHK&…"). */
    record ViewsJson(String last, List<SavedJson> saved) {
        static ViewsJson of(BoardViews.Remembered remembered) {
            return new ViewsJson(remembered.last().orElse(null), remembered.saved().stream().map(SavedJson::of).toList());
        }
    }

    record SavedJson(String name, String view) {
        static SavedJson of(BoardViewStore.SavedBoard board) {
            return new SavedJson(board.name(), board.view());
        }
    }

    @GET
    @Path("views")
    @Produces(MediaType.APPLICATION_JSON)
    public ViewsJson views() {
        return ViewsJson.of(views.mine());
    }

    @PUT
    @Path("views/last")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ViewsJson rememberLast(byte[] body) {
        views.rememberLast(JsonBodies.read(body, SavedJson.class).view());
        return ViewsJson.of(views.mine());
    }

    @DELETE
    @Path("views/last")
    @Produces(MediaType.APPLICATION_JSON)
    public ViewsJson forgetLast() {
        views.forgetLast();
        return ViewsJson.of(views.mine());
    }

    @POST
    @Path("views")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ViewsJson save(byte[] body) {
        SavedJson input = JsonBodies.read(body, SavedJson.class);
        views.save(new BoardToSave(input.name(), input.view()));
        return ViewsJson.of(views.mine());
    }

    @DELETE
    @Path("views/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    public ViewsJson remove(@PathParam("name") String name) {
        views.remove(name);
        return ViewsJson.of(views.mine());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public BoardOut board(@QueryParam("projects") String projects, @QueryParam("columns") String columns,
                          @QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("problems") String problems, @QueryParam("crossTeam") String crossTeam,
                          @QueryParam("team") String team, @QueryParam("state") String state,
                          @QueryParam("reason") String reason, @QueryParam("all") String all) {
        return BoardOut.of(board.board(query(projects, columns, from, to, problems, crossTeam, team, state, reason, flag("all", all))), texts);
    }

    /** The page's own URL parameters, read the same way for the board and its export. */
    static BoardQuery query(String projects, String columns, String from, String to, String problems, String crossTeam,
                            String team, String state, String reason, boolean withQuiet) {
        return new BoardQuery(Parameters.projects(projects), layout(columns), Parameters.day("from", from), Parameters.day("to", to),
                new BoardFilter(flag("problems", problems), flag("crossTeam", crossTeam),
                        team == null || team.isBlank() ? null : team.strip().toUpperCase(Locale.ROOT), states(state), reason(reason),
                        withQuiet));
    }

    private static ReasonCode reason(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(ReasonCode.values()).filter(c -> c.name().equals(value.strip().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> RestProblem.badRequest("The 'reason' parameter must be a reason code such as IN_CYCLE or BLOCKER_STALE."));
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || "0".equals(value.strip()) || "false".equalsIgnoreCase(value.strip())) {
            return false;
        }
        if ("1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip())) {
            return true;
        }
        throw RestProblem.badRequest("The '" + name + "' parameter must be 1 or 0.");
    }

    private static Set<RiskState> states(String value) {
        Set<RiskState> states = EnumSet.noneOf(RiskState.class);
        if (value == null || value.isBlank()) {
            return states;
        }
        for (String id : value.split(",")) {
            if (!id.isBlank()) {
                states.add(RiskState.ofId(id.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> RestProblem.badRequest(
                        "The 'state' parameter takes conflict, blocked, at-risk, declined, ok or done, separated by commas.")));
            }
        }
        return states;
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
                           @QueryParam("problems") String problems, @QueryParam("crossTeam") String crossTeam,
                           @QueryParam("team") String team, @QueryParam("state") String state,
                           @QueryParam("reason") String reason, @QueryParam("format") @DefaultValue("csv") String format) {
        if (!"csv".equalsIgnoreCase(format)) {
            throw RestProblem.badRequest("The only export format is csv.");
        }
        BoardView view = board.board(query(projects, columns, from, to, problems, crossTeam, team, state, reason, true));
        String file = "dependencies-" + view.lanes().stream().map(BoardView.Lane::projectKey).collect(Collectors.joining("-")) + ".csv";
        return Response.ok(csv(view, texts)).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** One row per dependency the view shows, with what an ops lead needs of both ends. */
    static String csv(BoardView view, ReasonTexts texts) {
        Map<String, BoardView.Card> cards = view.cards().stream()
                .collect(Collectors.toMap(BoardView.Card::issueKey, c -> c, (a, b) -> a));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("Blocker", "Blocker summary",
                "Blocker team", "Blocker sprint or version", "Blocker status", "Blocker assignee", "Blocker due",
                "Dependent", "Dependent summary", "Dependent team", "Dependent sprint or version", "Dependent status",
                "Dependent assignee", "Dependent due", "Link type", "State", "Reasons", "Needed by", "Owner", "Agreement",
                "Outside the board").build())) {
            for (BoardView.DependencyView d : view.dependencies()) {
                List<Object> row = new ArrayList<>();
                for (String key : List.of(d.from(), d.to())) {
                    BoardView.Card card = cards.get(key);
                    row.add(cell(key));
                    row.add(cell(card == null ? null : card.summary()));
                    row.add(cell(card == null ? null : card.lane()));
                    row.add(cell(card == null || "unscheduled".equals(card.column()) ? null : card.columnName()));
                    row.add(cell(card == null ? null : card.status()));
                    row.add(cell(card == null ? null : card.assignee()));
                    row.add(card == null ? null : card.dueDate());
                }
                row.add(cell(d.type()));
                row.add(d.state().id());
                row.add(cell(d.reasons().stream().map(texts::text).collect(Collectors.joining(" | "))));
                row.add(d.neededBy());
                row.add(cell(d.owner()));
                row.add(d.agreement());
                row.add(d.outOfScope() ? "yes" : "no");
                printer.printRecord(row);
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
