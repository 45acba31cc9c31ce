package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.productops.jira.adapter.rest.InsightJson.CustomerEntryOut;
import dev.productops.jira.adapter.rest.InsightJson.CustomerInput;
import dev.productops.jira.adapter.rest.InsightJson.CustomerOut;
import dev.productops.jira.adapter.rest.InsightJson.PageOut;
import dev.productops.jira.application.insight.CustomerDirectory;
import dev.productops.jira.application.insight.CustomerEntry;
import dev.productops.jira.application.insight.CustomerImport;
import dev.productops.jira.application.insight.CustomerQuery;
import dev.productops.jira.application.insight.ImportReport;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;
import dev.productops.jira.domain.insight.InvalidInput;

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

/** Customers over REST: the parameter names and status codes are this class's; the rules are CustomerDirectory's. */
@Path("customers")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {
    private final CustomerDirectory customers;
    private final CustomerImport importer;

    @Inject
    public CustomerResource(CustomerDirectory customers, CustomerImport importer) {
        this.customers = customers;
        this.importer = importer;
    }

    @GET
    public PageOut<CustomerEntryOut> search(@QueryParam("query") String query,
                                            @QueryParam("startAt") @DefaultValue("0") String startAt,
                                            @QueryParam("maxResults") @DefaultValue("25") String maxResults) {
        Page<CustomerEntry> page = customers.search(new CustomerQuery(query, Parameters.nonNegative("startAt", startAt),
                Parameters.positive("maxResults", maxResults)));
        return new PageOut<>(page.startAt(), page.maxResults(), page.total(),
                page.values().stream().map(CustomerEntryOut::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(byte[] body) {
        Customer created = customers.add(details(JsonBodies.read(body, CustomerInput.class)));
        return Response.status(Response.Status.CREATED).entity(CustomerOut.of(created)).build();
    }

    @GET
    @Path("{id}")
    public CustomerEntryOut get(@PathParam("id") String id) {
        return CustomerEntryOut.of(customers.get(Parameters.id(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomerOut edit(@PathParam("id") String id, byte[] body) {
        int customerId = Parameters.id(id);
        return CustomerOut.of(customers.edit(customerId, details(JsonBodies.read(body, CustomerInput.class))));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        customers.delete(Parameters.id(id));
        return Response.noContent().build();
    }

    /** Moves the insights of {@code id} to {@code into} and deletes {@code id}; answers the customer that stays. */
    @POST
    @Path("{id}/merge")
    public CustomerEntryOut merge(@PathParam("id") String id, @QueryParam("into") String into) {
        int customerId = Parameters.id(id);
        return CustomerEntryOut.of(customers.merge(customerId, into(into)));
    }

    /** A CSV file (or one batch of it) of customers; {@code firstRow} numbers its rows as lines of the whole file. */
    @POST
    @Path("import")
    @Consumes(InsightResource.CSV)
    public ImportReport importCsv(@QueryParam("firstRow") @DefaultValue("2") String firstRow, byte[] body) {
        return importer.importRows(CsvRows.parse(body, Parameters.positive("firstRow", firstRow), CsvRows.CUSTOMERS));
    }

    private static Integer into(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("into", "Must be the id of a customer, not '" + value + "'.");
        }
    }

    private static CustomerDetails details(CustomerInput input) {
        return CustomerDetails.of(input.name(), input.segment(), input.arr(), input.currency());
    }
}
