/**
 * Platform 8's Spring side for the Jira 11 stand-in: Jira 11 reads a plugin's {@code META-INF/spring/*.xml} with
 * Atlassian's Spring 6 build of Gemini Blueprint, which is not on Maven Central (upstream Gemini stops at Spring 5). These
 * classes do the part of Gemini our plugins use, on Spring 6, and run <em>inside</em> Felix as their own bundle
 * ({@link dev.productops.standin.osgi.SpringExtenderBundle}), importing Spring from the framework like Gemini does:
 * the XML is validated against Gemini's own schema and Spring 6's, {@code osgi:reference} waits for and proxies a
 * service, {@code osgi:service} publishes a bean. Anything else of Gemini's namespace fails the context, so a plugin
 * that needed more would fail here before it reached a Jira 11.
 */
package dev.productops.standin.osgi.platform8;
