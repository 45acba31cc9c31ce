package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.productops.jira.adapter.rest.InsightJson.InsightInput;
import dev.productops.jira.adapter.rest.InsightJson.InsightOut;
import dev.productops.jira.adapter.rest.InsightJson.LinkInput;
import dev.productops.jira.adapter.rest.InsightJson.LinkOut;
import dev.productops.jira.adapter.rest.InsightJson.PageOut;
import dev.productops.jira.application.PageRequest;
import dev.productops.jira.application.insight.ImportReport;
import dev.productops.jira.application.insight.InsightQuery;
import dev.productops.jira.application.insight.InsightCatalogue;
import dev.productops.jira.application.insight.InsightImport;
import dev.productops.jira.application.insight.InsightLinking;
import dev.productops.jira.application.insight.InsightView;
import dev.productops.jira.application.insight.LinkRequest;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.InsightOrder;
import dev.productops.jira.domain.insight.InvalidInput;
import dev.productops.jira.domain.insight.SourceType;

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
import java.util.Arrays;
import java.util.List;

/** The insights library over REST. Mutations accept only JSON (or text/csv); XSRF is refused by Jira's REST filter (README, "XSRF"). */
@Path("insights")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {
    static final String CSV = "text/csv";

    private final InsightCatalogue catalogue;
    private final InsightLinking linking;
    private final InsightImport importer;

    @Inject
    public InsightResource(InsightCatalogue catalogue, InsightLinking linking, InsightImport importer) {
        this.catalogue = catalogue;
        this.linking = linking;
        this.importer = importer;
    }

    @GET
    public PageOut<InsightOut> search(@QueryParam("query") String query, @QueryParam("source") String source,
                                      @QueryParam("customer") String customer, @QueryParam("segment") String segment,
                                      @QueryParam("tag") String tag, @QueryParam("issueKey") String issueKey,
                                      @QueryParam("orderBy") String orderBy,
                                      @QueryParam("startAt") @DefaultValue("0") String startAt,
                                      @QueryParam("maxResults") @DefaultValue("25") String maxResults) {
        Page<InsightView> page = catalogue.search(new InsightQuery(query, source(source), Parameters.optionalInt("customer", customer),
                segment, tag, issueKey, order(orderBy),
                new PageRequest(Parameters.nonNegative("startAt", startAt), Parameters.positive("maxResults", maxResults))));
        return new PageOut<>(page.startAt(), page.maxResults(), page.total(), page.values().stream().map(InsightOut::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response capture(byte[] body) {
        InsightInput input = JsonBodies.read(body, InsightInput.class);
        List<LinkRequest> links = input.links() == null ? List.of()
                : input.links().stream().map(InsightResource::request).toList();
        InsightView created = catalogue.capture(input.content(), links);
        return Response.status(Response.Status.CREATED).entity(InsightOut.of(created)).build();
    }

    @GET
    @Path("{id}")
    public InsightOut get(@PathParam("id") String id) {
        return InsightOut.of(catalogue.get(Parameters.id(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public InsightOut edit(@PathParam("id") String id, byte[] body) {
        int insightId = Parameters.id(id);
        InsightInput input = JsonBodies.read(body, InsightInput.class);
        return InsightOut.of(catalogue.edit(insightId, input.version(), input.content()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        catalogue.delete(Parameters.id(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("id") String id, byte[] body) {
        int insightId = Parameters.id(id);
        InsightLinking.Linked linked = linking.link(insightId, request(JsonBodies.read(body, LinkInput.class)));
        return Response.status(linked.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(LinkOut.of(linked.link())).build();
    }

    @DELETE
    @Path("{id}/links/{issueKey}")
    public Response unlink(@PathParam("id") String id, @PathParam("issueKey") String issueKey) {
        linking.unlink(Parameters.id(id), issueKey);
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @Consumes(CSV)
    public ImportReport importCsv(@QueryParam("firstRow") @DefaultValue("2") String firstRow, byte[] body) {
        return importer.importRows(CsvRows.parse(body, Parameters.positive("firstRow", firstRow), CsvRows.INSIGHTS));
    }

    private static SourceType source(String id) {
        return id == null || id.isBlank() ? null : SourceType.ofId(id.strip())
                .orElseThrow(() -> InvalidInput.of("source", "Must be one of " + SourceType.ids() + "."));
    }

    private static InsightOrder order(String id) {
        return id == null || id.isBlank() ? null : InsightOrder.ofId(id.strip()).orElseThrow(() -> InvalidInput.of("orderBy",
                "Must be one of " + Arrays.stream(InsightOrder.values()).map(InsightOrder::id).toList() + "."));
    }

    private static LinkRequest request(LinkInput input) {
        return new LinkRequest(input.issueKey(), input.importance(), input.note());
    }
}
