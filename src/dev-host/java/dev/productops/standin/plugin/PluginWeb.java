package dev.productops.standin.plugin;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import dev.productops.standin.host.VelocityTemplateRenderer;
import dev.productops.standin.osgi.PluginBundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Web panels and web resources of the plugin, rendered the way Jira's web interface manager does. */
public final class PluginWeb {
    /** AUI as Jira's "com.atlassian.auiplugin:ajs" web resource provides it; the stand-in serves it from npm. */
    public static final String AUI = "com.atlassian.auiplugin:ajs";
    /**
     * Tests only: a dependency (e.g. com.atlassian.auiplugin:aui-flag) the stand-in leaves out of every web resource
     * of the plugin, as if the descriptor did not declare it, to show that the page then lacks it.
     */
    public static final String WITHOUT_DEPENDENCY = "productops.standin.withoutDependency";

    public record RenderedPanel(String key, String label, String html) {
    }

    private record PanelModule(PluginDescriptor.WebPanel panel, ContextProvider contextProvider, List<Condition> conditions) {
    }

    private final PluginDescriptor descriptor;
    private final VelocityTemplateRenderer renderer;
    private final Map<String, String> messages;
    private final List<PanelModule> panels = new ArrayList<>();
    private final ModuleSwitches switches = new ModuleSwitches();
    private final String withoutDependency = System.getProperty(WITHOUT_DEPENDENCY, "");

    public PluginWeb(PluginDescriptor descriptor, PluginBundle plugin, VelocityTemplateRenderer renderer,
                     Map<String, String> messages) {
        this.descriptor = descriptor;
        this.renderer = renderer;
        this.messages = messages;
        for (PluginDescriptor.WebPanel panel : descriptor.webPanels()) {
            ContextProvider provider = panel.contextProvider() == null ? null
                    : plugin.createModule(panel.contextProvider(), ContextProvider.class);
            if (provider != null) {
                provider.init(Map.of());
            }
            List<Condition> conditions = new ArrayList<>();
            for (String condition : panel.conditions()) {
                Condition created = plugin.createModule(condition, Condition.class);
                created.init(Map.of());
                conditions.add(created);
            }
            panels.add(new PanelModule(panel, provider, conditions));
        }
    }

    public List<RenderedPanel> panels(String location, Map<String, Object> context) {
        List<RenderedPanel> rendered = new ArrayList<>();
        panels.stream()
                .filter(p -> p.panel().location().equals(location))
                .filter(p -> switches.isEnabled(p.panel().key()))
                .sorted(Comparator.comparingInt(p -> p.panel().weight()))
                .filter(p -> p.conditions().stream().allMatch(c -> c.shouldDisplay(new HashMap<>(context))))
                .forEach(p -> {
                    Map<String, Object> panelContext = p.contextProvider() == null ? new HashMap<>(context)
                            : p.contextProvider().getContextMap(new HashMap<>(context));
                    String html = renderer.render(p.panel().viewTemplate(), panelContext);
                    String label = messages.getOrDefault(p.panel().labelKey(), p.panel().key());
                    rendered.add(new RenderedPanel(descriptor.key() + ":" + p.panel().key(), label, html));
                });
        return rendered;
    }

    /** Complete keys of the web resources a page in this context needs, dependencies first. */
    public List<String> resourcesFor(String context) {
        Set<String> ordered = new LinkedHashSet<>();
        descriptor.webResources().stream()
                .filter(w -> w.contexts().contains(context))
                .forEach(w -> addWithDependencies(w, ordered));
        return new ArrayList<>(ordered);
    }

    /** A web resource required by key, after its dependencies. */
    public List<String> resourceWithDependencies(String completeKey) {
        Set<String> ordered = new LinkedHashSet<>();
        webResource(completeKey).ifPresent(w -> addWithDependencies(w, ordered));
        return new ArrayList<>(ordered);
    }

    private void addWithDependencies(PluginDescriptor.WebResource resource, Set<String> ordered) {
        for (String dependency : resource.dependencies()) {
            if (dependency.equals(withoutDependency)) {
                continue;
            }
            if (dependency.startsWith(descriptor.key() + ":")) {
                webResource(dependency).ifPresent(d -> addWithDependencies(d, ordered));
            } else {
                ordered.add(dependency);
            }
        }
        ordered.add(descriptor.key() + ":" + resource.key());
    }

    public java.util.Optional<PluginDescriptor.WebResource> webResource(String completeKey) {
        return descriptor.webResources().stream()
                .filter(w -> (descriptor.key() + ":" + w.key()).equals(completeKey))
                .findFirst();
    }

    /** The modules an administrator switched off (UPM). */
    public ModuleSwitches switches() {
        return switches;
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }
}
