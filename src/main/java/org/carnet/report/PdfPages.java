package org.carnet.report;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** What the app does with a written summary besides saving it: page images for the preview, and printing. */
public final class PdfPages {
    private PdfPages() {
    }

    /** Each page as an image at {@code dpi}, for the on-screen preview. */
    public static List<BufferedImage> render(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        }
    }

    public static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /**
     * Asks where to print (the system's print dialog), then prints there: see {@link #printTo}. Blocks until the
     * person closes the dialog and the job is handed over: call it from its own thread. Returns false when they
     * cancelled.
     */
    public static boolean print(byte[] pdf, String jobName) throws IOException, PrinterException, PrintException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
        }
        printTo(pdf, jobName, job.getPrintService(), job.getCopies());
        return true;
    }

    /**
     * Prints the summary on {@code service} without asking. A printer that takes PDF (every CUPS queue) gets the file
     * itself: its text, embedded fonts and vector chart go as they are, on A4. Any other gets the pages drawn through
     * Java printing (PDFBox's {@link PDFPageable}), at the pages' own size.
     */
    public static void printTo(byte[] pdf, String jobName, PrintService service, int copies)
            throws IOException, PrinterException, PrintException {
        if (service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF)) {
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new JobName(jobName, null));
            attributes.add(new Copies(Math.max(1, copies)));
            if (service.isAttributeValueSupported(MediaSizeName.ISO_A4, DocFlavor.BYTE_ARRAY.PDF, null)) {
                attributes.add(MediaSizeName.ISO_A4);
            }
            service.createPrintJob().print(new SimpleDoc(pdf, DocFlavor.BYTE_ARRAY.PDF, null), attributes);
            return;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setCopies(Math.max(1, copies));
            job.setPageable(new PDFPageable(document));
            job.print();
        }
    }
}
