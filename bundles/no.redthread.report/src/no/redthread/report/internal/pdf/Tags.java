package no.redthread.report.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The structure tree of a tagged PDF (universell utforming): a Document element holding headings, paragraphs,
 * tables and figures in reading order, each tied to the marked content that draws it (by MCID per page), and the
 * parent tree that leads from the content back to its element. What only decorates (borders, shading, the running
 * footer, repeated table headers) is marked as an artifact, so assistive technology skips it.
 */
final class Tags {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** Per page, the element of each MCID in order: the page's entry in the parent tree. */
    private final Map<PDPage, List<PDStructureElement>> marked = new LinkedHashMap<>();

    Tags() {
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
    }

    PDStructureElement document() {
        return document;
    }

    /** A new element of a standard structure type ("H1", "P", "Table", "TR", "TD", "Figure", …) under a parent. */
    static PDStructureElement add(PDStructureNode parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Starts marked content on the page that belongs to the element; close it with {@link #end}. */
    void begin(PDPage page, PDPageContentStream stream, PDStructureElement element) throws IOException {
        List<PDStructureElement> elements = marked.computeIfAbsent(page, key -> new ArrayList<>());
        int mcid = elements.size();
        elements.add(element);
        stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        // a reference naming the page, because a paragraph or table cell may continue on the next page
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        element.appendKid(reference);
    }

    static void beginArtifact(PDPageContentStream stream) throws IOException {
        stream.beginMarkedContent(COSName.ARTIFACT);
    }

    static void end(PDPageContentStream stream) throws IOException {
        stream.endMarkedContent();
    }

    /** Puts the structure tree, the parent tree and the mark info into the document; after the last page. */
    void finish(PDDocument pdf) {
        Map<Integer, PDParentTreeValue> parents = new LinkedHashMap<>();
        int key = 0;
        for (PDPage page : pdf.getPages()) {
            COSArray elements = new COSArray();
            marked.getOrDefault(page, List.of()).forEach(element -> elements.add(element));
            page.setStructParents(key);
            parents.put(key++, new PDParentTreeValue(elements));
        }
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(parents);
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(key);
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
    }
}
