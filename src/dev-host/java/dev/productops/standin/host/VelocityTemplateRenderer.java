package dev.productops.standin.host;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.commons.collections.ExtendedProperties;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Velocity 1.7 rendering with Jira's escaping rule: every reference is HTML-escaped unless its name
 * ends with "Html". Templates that look right here therefore look (and escape) the same in Jira.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine = new VelocityEngine();

    /**
     * @param templates where template names are looked up: a plugin's bundle class loader for the plugin's templates
     *                  (as Jira's renderer is per plugin), the host's own for the stand-in's pages
     */
    public VelocityTemplateRenderer(ClassLoader templates) {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "loader");
        engine.setProperty("loader.resource.loader.instance", new ClassLoaderTemplates(templates));
        engine.setProperty("loader.resource.loader.cache", "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, JiraHtmlEscaping.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException {
        try {
            Template template = engine.getTemplate(templateName, "UTF-8");
            template.merge(new VelocityContext(new java.util.HashMap<>(context)), writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Could not render " + templateName + ": " + e.getMessage(), e);
        }
    }

    public String render(String templateName, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            render(templateName, context, out);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
        return out.toString();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        StringWriter out = new StringWriter();
        engine.evaluate(new VelocityContext(new java.util.HashMap<>(context)), out, "fragment", fragment);
        return out.toString();
    }

    /** Templates from one class loader only: never the thread's, which could see templates the plugin jar lacks. */
    static final class ClassLoaderTemplates extends ResourceLoader {
        private final ClassLoader loader;

        ClassLoaderTemplates(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public void init(ExtendedProperties configuration) {
            // all set in the constructor
        }

        @Override
        public InputStream getResourceStream(String source) {
            InputStream in = loader.getResourceAsStream(source);
            if (in == null) {
                throw new ResourceNotFoundException("No template " + source);
            }
            return in;
        }

        @Override
        public boolean isSourceModified(Resource resource) {
            return false;
        }

        @Override
        public long getLastModified(Resource resource) {
            return 0;
        }
    }

    /** Jira's rule (velocity-htmlsafe): names ending in "Html" are trusted, everything else is escaped. */
    public static final class JiraHtmlEscaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(String reference, Object value) {
            if (value == null || isTrustedHtml(reference)) {
                return value;
            }
            return escape(String.valueOf(value));
        }

        static boolean isTrustedHtml(String reference) {
            String name = reference.replaceAll("\\(.*", "").replaceAll("[${}!]", "");
            int dot = name.lastIndexOf('.');
            String last = dot < 0 ? name : name.substring(dot + 1);
            return last.toLowerCase(Locale.ROOT).endsWith("html");
        }
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
