/**
 * The bridge from EMF.Edit item providers to JFace viewers, written by hand because org.eclipse.emf.edit.ui is not
 * available (and would need the Eclipse runtime, which does not run on Felix).
 *
 * <ul>
 * <li>{@link no.redthread.model.edit.ui.ItemContentProvider}: a tree content provider over an adapter factory's
 * {@code ITreeItemContentProvider}s that refreshes its viewer on EMF notifications;</li>
 * <li>{@link no.redthread.model.edit.ui.ItemLabelProvider}: text and icon from {@code IItemLabelProvider};</li>
 * <li>{@link no.redthread.model.edit.ui.PropertiesTable}: a property name/value table over
 * {@code IItemPropertyDescriptor}s whose cell editors change the model only through {@code SetCommand}s on the
 * editing domain's command stack, so every edit can be undone.</li>
 * </ul>
 * Typical use, with the workspace's editing domain (an {@code AdapterFactoryEditingDomain}):
 * <pre>
 * AdapterFactory factory = domain.getAdapterFactory();
 * TreeViewer tree = new TreeViewer(parent);
 * tree.setContentProvider(new ItemContentProvider(factory));
 * tree.setLabelProvider(new ItemLabelProvider(factory));
 * tree.setInput(List.of(planSystem));          // or a Resource, with ResourceItemProviderAdapterFactory composed in
 *
 * PropertiesTable properties = new PropertiesTable(parent, domain);
 * properties.setInput(selectedObject);
 * </pre>
 */
package no.redthread.model.edit.ui;
