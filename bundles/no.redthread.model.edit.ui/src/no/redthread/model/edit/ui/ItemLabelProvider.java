package no.redthread.model.edit.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

import no.redthread.model.edit.ui.internal.ItemImages;

/**
 * A JFace label provider over the item providers of an adapter factory: the text and icon of
 * {@link IItemLabelProvider}. Icons (URLs or composed images, as EMF.Edit gives them) become SWT images that the
 * provider keeps and disposes with itself. Objects without an item provider show {@code String.valueOf}.
 */
public class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final ItemImages images = new ItemImages();

    /** @param adapterFactory the (composed) factory of the item providers, e.g. the editing domain's */
    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider labels = labels(element);
        return labels == null ? String.valueOf(element) : labels.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider labels = labels(element);
        return labels == null ? null : images.get(labels.getImage(element));
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }

    private IItemLabelProvider labels(Object element) {
        if (element == null) {
            return null;
        }
        Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider instanceof IItemLabelProvider labels ? labels : null;
    }
}
