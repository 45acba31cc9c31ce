package dev.productops.standin.osgi.platform8;

import org.osgi.framework.BundleContext;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.AbstractBeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import java.util.Set;

/**
 * Gemini's {@code osgi:} namespace as far as our plugin uses it: {@code reference} with {@code interface} (and
 * {@code timeout}), {@code service} with {@code ref} and {@code interface}, and the root's {@code default-timeout}.
 * Any other element or attribute is refused with the element named, rather than half-honoured.
 */
final class BlueprintNamespace extends NamespaceHandlerSupport {
    /** Gemini's default for {@code timeout} when neither the element nor the root sets one. */
    private static final long GEMINI_DEFAULT_TIMEOUT_MILLIS = 300_000;

    private final BundleContext plugin;

    BlueprintNamespace(BundleContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public void init() {
        registerBeanDefinitionParser("reference", new ReferenceParser());
        registerBeanDefinitionParser("service", new ServiceParser());
    }

    private final class ReferenceParser extends AbstractBeanDefinitionParser {
        @Override
        protected AbstractBeanDefinition parseInternal(Element element, ParserContext parser) {
            refuseUnknown(element, parser, Set.of("id", "interface", "timeout"));
            long timeout = element.hasAttribute("timeout") ? Long.parseLong(element.getAttribute("timeout")) : defaultTimeout(element);
            return definition(ServiceReferenceBean.class, plugin, element.getAttribute("interface"), timeout);
        }
    }

    private final class ServiceParser extends AbstractBeanDefinitionParser {
        @Override
        protected AbstractBeanDefinition parseInternal(Element element, ParserContext parser) {
            refuseUnknown(element, parser, Set.of("id", "ref", "interface"));
            return definition(ServiceExport.class, plugin, element.getAttribute("interface"),
                    new RuntimeBeanReference(element.getAttribute("ref")));
        }
    }

    /** Built from its arguments only: the plugin's {@code default-autowire="constructor"} must not reach these beans. */
    private static AbstractBeanDefinition definition(Class<?> type, Object... arguments) {
        RootBeanDefinition definition = new RootBeanDefinition(type);
        definition.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_NO);
        ConstructorArgumentValues values = definition.getConstructorArgumentValues();
        for (int i = 0; i < arguments.length; i++) {
            values.addIndexedArgumentValue(i, arguments[i]);
        }
        return definition;
    }

    private static long defaultTimeout(Element element) {
        String root = element.getOwnerDocument().getDocumentElement().getAttributeNS(PluginXmlContext.GEMINI_NAMESPACE, "default-timeout");
        return root.isEmpty() ? GEMINI_DEFAULT_TIMEOUT_MILLIS : Long.parseLong(root);
    }

    private static void refuseUnknown(Element element, ParserContext parser, Set<String> supported) {
        if (element.getChildNodes().getLength() > 0 && element.getElementsByTagNameNS("*", "*").getLength() > 0) {
            parser.getReaderContext().error("osgi:" + element.getLocalName()
                    + " with nested elements is not supported by the stand-in's Platform 8 extender", element);
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            // the schema fills in defaults (availability, ranking…); only what the plugin wrote must be understood
            if (attribute.getSpecified() && !supported.contains(attribute.getLocalName())) {
                String name = attribute.getLocalName();
                parser.getReaderContext().error("osgi:" + element.getLocalName() + " attribute '" + name
                        + "' is not supported by the stand-in's Platform 8 extender", element);
            }
        }
    }
}
