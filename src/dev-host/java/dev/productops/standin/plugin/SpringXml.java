package dev.productops.standin.plugin;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one Spring XML file declares: imported host interfaces and bean classes by id, and the static
 * factory methods of beans made by one (factory-method="…"), and the beans exported as OSGi services
 * (bean id → interface).
 */
public record SpringXml(Map<String, String> references, Map<String, String> beans, Map<String, String> factoryMethods,
                        Map<String, String> services) {
    static final String OSGI_NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    static final String BEANS_NAMESPACE = "http://www.springframework.org/schema/beans";

    public static SpringXml read(InputStream xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(xml);
        Map<String, String> references = new LinkedHashMap<>();
        NodeList refs = document.getElementsByTagNameNS(OSGI_NAMESPACE, "reference");
        for (int i = 0; i < refs.getLength(); i++) {
            Element e = (Element) refs.item(i);
            references.put(e.getAttribute("id"), e.getAttribute("interface"));
        }
        Map<String, String> beans = new LinkedHashMap<>();
        Map<String, String> factoryMethods = new LinkedHashMap<>();
        NodeList beanNodes = document.getElementsByTagNameNS(BEANS_NAMESPACE, "bean");
        for (int i = 0; i < beanNodes.getLength(); i++) {
            Element e = (Element) beanNodes.item(i);
            beans.put(e.getAttribute("id"), e.getAttribute("class"));
            if (e.hasAttribute("factory-method")) {
                factoryMethods.put(e.getAttribute("id"), e.getAttribute("factory-method"));
            }
        }
        Map<String, String> services = new LinkedHashMap<>();
        NodeList serviceNodes = document.getElementsByTagNameNS(OSGI_NAMESPACE, "service");
        for (int i = 0; i < serviceNodes.getLength(); i++) {
            Element e = (Element) serviceNodes.item(i);
            services.put(e.getAttribute("ref"), e.getAttribute("interface"));
        }
        return new SpringXml(references, beans, factoryMethods, services);
    }
}
