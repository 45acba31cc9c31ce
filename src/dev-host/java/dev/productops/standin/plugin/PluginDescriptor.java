package dev.productops.standin.plugin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parts of {@code atlassian-plugin.xml} the stand-in mounts, read the way Jira's module descriptors read them. */
public record PluginDescriptor(String key, String name, String version, List<String> i18nBundles,
                               AoModule ao, List<RestModule> rest, List<WebPanel> webPanels,
                               List<WebResource> webResources, List<Servlet> servlets, List<WebItem> webItems,
                               List<DashboardItem> dashboardItems) {

    public record AoModule(String namespace, List<String> entities, List<String> upgradeTasks) {
    }

    public record RestModule(String key, String path, String version, List<String> packages) {
        public String baseUrl() {
            return "/rest" + path + "/" + version;
        }
    }

    public record WebPanel(String key, String location, int weight, String labelKey, String contextProvider,
                           String viewTemplate, List<String> conditions) {
    }

    /** A {@code <resource>}, with its {@code <param>}s (e.g. content-type, which Jira sends instead of guessing). */
    public record Resource(String type, String name, String location, java.util.Map<String, String> params) {
    }

    public record WebResource(String key, List<String> dependencies, List<Resource> resources, List<String> contexts,
                              List<String> transformers) {
        /** Whether Jira's jsI18n transformer rewrites AJS.I18n.getText calls in this resource's scripts. */
        public boolean translatesScripts() {
            return transformers.contains("jsI18n");
        }
    }

    public record Servlet(String key, String servletClass, List<String> urlPatterns) {
    }

    public record WebItem(String key, String section, int weight, String labelKey, String link) {
    }

    /**
     * A {@code <dashboard-item>}: its title (the definition's, else the module's i18n name), description, whether
     * users configure it (then Jira opens a new one in edit mode), the AMD module that renders it and its thumbnail.
     */
    public record DashboardItem(String key, String titleKey, String descriptionKey, boolean configurable, String amdModule,
                                String thumbnail) {
    }

    public static PluginDescriptor read(InputStream xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(xml);
        Element root = document.getDocumentElement();
        Element info = child(root, "plugin-info").orElseThrow(() -> new IllegalArgumentException("no plugin-info"));

        List<String> i18n = new ArrayList<>();
        for (Element resource : children(root, "resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                i18n.add(resource.getAttribute("location"));
            }
        }
        AoModule ao = child(root, "ao").map(e -> new AoModule(e.getAttribute("namespace"),
                texts(e, "entity"), texts(e, "upgradeTask"))).orElse(new AoModule(root.getAttribute("key"), List.of(), List.of()));

        List<RestModule> rest = new ArrayList<>();
        for (Element e : children(root, "rest")) {
            rest.add(new RestModule(e.getAttribute("key"), e.getAttribute("path"), e.getAttribute("version"), texts(e, "package")));
        }
        List<WebPanel> panels = new ArrayList<>();
        for (Element e : children(root, "web-panel")) {
            String template = children(e, "resource").stream().filter(r -> "view".equals(r.getAttribute("name")))
                    .map(r -> r.getAttribute("location")).findFirst().orElse(null);
            panels.add(new WebPanel(e.getAttribute("key"), required(e, "location"), weight(e),
                    child(e, "label").map(l -> l.getAttribute("key")).orElse(null),
                    child(e, "context-provider").map(c -> c.getAttribute("class")).orElse(null),
                    template, classes(e, "condition")));
        }
        List<WebResource> webResources = new ArrayList<>();
        for (Element e : children(root, "web-resource")) {
            List<Resource> resources = children(e, "resource").stream()
                    .map(r -> new Resource(r.getAttribute("type"), r.getAttribute("name"), r.getAttribute("location"), params(r)))
                    .toList();
            List<String> transformers = new ArrayList<>();
            for (Element transformation : children(e, "transformation")) {
                children(transformation, "transformer").forEach(t -> transformers.add(t.getAttribute("key")));
            }
            webResources.add(new WebResource(e.getAttribute("key"), texts(e, "dependency"), resources, texts(e, "context"),
                    transformers));
        }
        List<Servlet> servlets = new ArrayList<>();
        for (Element e : children(root, "servlet")) {
            servlets.add(new Servlet(e.getAttribute("key"), e.getAttribute("class"), texts(e, "url-pattern")));
        }
        List<WebItem> items = new ArrayList<>();
        for (Element e : children(root, "web-item")) {
            items.add(new WebItem(e.getAttribute("key"), e.getAttribute("section"), weight(e),
                    child(e, "label").map(l -> l.getAttribute("key")).orElse(null),
                    child(e, "link").map(Node::getTextContent).map(String::trim).orElse(null)));
        }
        List<DashboardItem> dashboardItems = new ArrayList<>();
        for (Element e : children(root, "dashboard-item")) {
            Optional<Element> definition = child(e, "definition");
            String title = definition.flatMap(d -> child(d, "title")).map(t -> t.getAttribute("key")).filter(k -> !k.isEmpty())
                    .orElse(e.getAttribute("i18n-name-key"));
            dashboardItems.add(new DashboardItem(required(e, "key"), title,
                    child(e, "description").map(d -> d.getAttribute("key")).orElse(null),
                    Boolean.parseBoolean(e.getAttribute("configurable")),
                    child(e, "amd-module").map(Node::getTextContent).map(String::trim).orElse(null),
                    definition.flatMap(d -> child(d, "thumbnail")).map(t -> t.getAttribute("location")).orElse(null)));
        }
        return new PluginDescriptor(required(root, "key"), root.getAttribute("name"),
                child(info, "version").map(Node::getTextContent).map(String::trim).orElse(""),
                i18n, ao, rest, panels, webResources, servlets, items, dashboardItems);
    }

    /** Every class the descriptor names: what must exist in the jar for Jira to enable each module. */
    public List<String> referencedClasses() {
        List<String> classes = new ArrayList<>(ao.entities());
        classes.addAll(ao.upgradeTasks());
        webPanels.forEach(p -> {
            if (p.contextProvider() != null) {
                classes.add(p.contextProvider());
            }
            classes.addAll(p.conditions());
        });
        servlets.forEach(s -> classes.add(s.servletClass()));
        return classes;
    }

    /** Every classpath resource the descriptor names. */
    public List<String> referencedResources() {
        List<String> resources = new ArrayList<>();
        i18nBundles.forEach(b -> resources.add(b + ".properties"));
        webPanels.stream().map(WebPanel::viewTemplate).filter(t -> t != null).forEach(resources::add);
        webResources.forEach(w -> w.resources().forEach(r -> resources.add(r.location())));
        return resources;
    }

    private static java.util.Map<String, String> params(Element parent) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        children(parent, "param").forEach(p -> params.put(p.getAttribute("name"), p.getAttribute("value")));
        return params;
    }

    private static int weight(Element e) {
        String weight = e.getAttribute("weight");
        return weight.isEmpty() ? 1000 : Integer.parseInt(weight);
    }

    private static String required(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("<" + e.getTagName() + "> needs the attribute " + attribute);
        }
        return value;
    }

    private static List<String> classes(Element parent, String tag) {
        return children(parent, tag).stream().map(e -> e.getAttribute("class")).toList();
    }

    private static List<String> texts(Element parent, String tag) {
        return children(parent, tag).stream().map(e -> e.getTextContent().trim()).toList();
    }

    private static Optional<Element> child(Element parent, String tag) {
        return children(parent, tag).stream().findFirst();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }
}
