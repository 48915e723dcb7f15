package vn.hatinh.consolidator.output;

/**
 * POI asks JAXP for a new XML factory for every workbook it reads or writes; without a named implementation JAXP
 * looks for one through the class path's service files, which inside the executable jar's nested jars cost more
 * than reading a small workbook (measured with a flight recording of the dense dev folder: about a fifth of the
 * ingest's CPU). The jar holds no other XML implementation, so naming the JDK's own ones changes nothing else.
 */
public final class XmlFactories {

    private static final String[][] JDK_DEFAULTS = {
            {"javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl"},
            {"javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl"},
            {"javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl"},
            {"javax.xml.transform.TransformerFactory",
                    "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl"},
            {"javax.xml.parsers.DocumentBuilderFactory",
                    "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl"},
            {"javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl"},
    };

    private XmlFactories() {
    }

    /** Names the JDK's factories, unless the operator named others on the command line. */
    public static void preferJdkDefaults() {
        for (String[] factory : JDK_DEFAULTS) {
            if (System.getProperty(factory[0]) == null) {
                System.setProperty(factory[0], factory[1]);
            }
        }
    }
}
