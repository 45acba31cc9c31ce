package dev.productops.jira.adapter.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.productops.jira.adapter.rest.InsightJson.CustomerInput;
import dev.productops.jira.adapter.rest.InsightJson.CustomerOut;
import dev.productops.jira.adapter.rest.InsightJson.PageOut;
import dev.productops.jira.application.insight.CustomerDirectory;
import dev.productops.jira.domain.Page;
import dev.productops.jira.domain.insight.Customer;
import dev.productops.jira.domain.insight.CustomerDetails;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
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

/** Customers over REST. */
@Path("customers")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {
    private final CustomerDirectory customers;

    @Inject
    public CustomerResource(CustomerDirectory customers) {
        this.customers = customers;
    }

    @GET
    public PageOut<CustomerOut> search(@QueryParam("query") String query,
                                       @QueryParam("startAt") @DefaultValue("0") String startAt,
                                       @QueryParam("maxResults") @DefaultValue("25") String maxResults) {
        Page<Customer> page = customers.search(query, Parameters.nonNegative("startAt", startAt), Parameters.positive("maxResults", maxResults));
        return new PageOut<>(page.startAt(), page.maxResults(), page.total(), page.values().stream().map(CustomerOut::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(byte[] body) {
        Customer created = customers.add(details(JsonBodies.read(body, CustomerInput.class)));
        return Response.status(Response.Status.CREATED).entity(CustomerOut.of(created)).build();
    }

    @GET
    @Path("{id}")
    public CustomerOut get(@PathParam("id") String id) {
        return CustomerOut.of(customers.get(Parameters.id(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomerOut edit(@PathParam("id") String id, byte[] body) {
        int customerId = Parameters.id(id);
        return CustomerOut.of(customers.edit(customerId, details(JsonBodies.read(body, CustomerInput.class))));
    }

    private static CustomerDetails details(CustomerInput input) {
        return CustomerDetails.of(input.name(), input.segment(), input.arr(), input.currency());
    }
}
