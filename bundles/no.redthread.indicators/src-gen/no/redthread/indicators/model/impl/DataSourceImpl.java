/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model.impl;

import java.util.Collection;

import no.redthread.indicators.model.DataSource;
import no.redthread.indicators.model.IndicatorsPackage;
import no.redthread.indicators.model.VariableSelection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.indicators.model.impl.DataSourceImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.DataSourceImpl#getTableId <em>Table Id</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.DataSourceImpl#isTableIdUncertain <em>Table Id Uncertain</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.DataSourceImpl#getContentCode <em>Content Code</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.DataSourceImpl#getRegionVariable <em>Region Variable</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.DataSourceImpl#getTimeVariable <em>Time Variable</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.DataSourceImpl#getSelections <em>Selections</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.DataSourceImpl#getNote <em>Note</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.DataSourceImpl#getUrl <em>Url</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSourceImpl extends MinimalEObjectImpl.Container implements DataSource {
	/**
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected String provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTableId() <em>Table Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableId()
	 * @generated
	 * @ordered
	 */
	protected static final String TABLE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTableId() <em>Table Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableId()
	 * @generated
	 * @ordered
	 */
	protected String tableId = TABLE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isTableIdUncertain() <em>Table Id Uncertain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTableIdUncertain()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TABLE_ID_UNCERTAIN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTableIdUncertain() <em>Table Id Uncertain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTableIdUncertain()
	 * @generated
	 * @ordered
	 */
	protected boolean tableIdUncertain = TABLE_ID_UNCERTAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentCode() <em>Content Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentCode() <em>Content Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentCode()
	 * @generated
	 * @ordered
	 */
	protected String contentCode = CONTENT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegionVariable() <em>Region Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionVariable()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_VARIABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegionVariable() <em>Region Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegionVariable()
	 * @generated
	 * @ordered
	 */
	protected String regionVariable = REGION_VARIABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeVariable() <em>Time Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeVariable()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_VARIABLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeVariable() <em>Time Variable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeVariable()
	 * @generated
	 * @ordered
	 */
	protected String timeVariable = TIME_VARIABLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSelections() <em>Selections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelections()
	 * @generated
	 * @ordered
	 */
	protected EList<VariableSelection> selections;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IndicatorsPackage.Literals.DATA_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(String newProvider) {
		String oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.DATA_SOURCE__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTableId() {
		return tableId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableId(String newTableId) {
		String oldTableId = tableId;
		tableId = newTableId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.DATA_SOURCE__TABLE_ID, oldTableId, tableId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTableIdUncertain() {
		return tableIdUncertain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableIdUncertain(boolean newTableIdUncertain) {
		boolean oldTableIdUncertain = tableIdUncertain;
		tableIdUncertain = newTableIdUncertain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.DATA_SOURCE__TABLE_ID_UNCERTAIN, oldTableIdUncertain, tableIdUncertain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentCode() {
		return contentCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentCode(String newContentCode) {
		String oldContentCode = contentCode;
		contentCode = newContentCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.DATA_SOURCE__CONTENT_CODE, oldContentCode, contentCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegionVariable() {
		return regionVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegionVariable(String newRegionVariable) {
		String oldRegionVariable = regionVariable;
		regionVariable = newRegionVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.DATA_SOURCE__REGION_VARIABLE, oldRegionVariable, regionVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeVariable() {
		return timeVariable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeVariable(String newTimeVariable) {
		String oldTimeVariable = timeVariable;
		timeVariable = newTimeVariable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.DATA_SOURCE__TIME_VARIABLE, oldTimeVariable, timeVariable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VariableSelection> getSelections() {
		if (selections == null) {
			selections = new EObjectContainmentEList<VariableSelection>(VariableSelection.class, this, IndicatorsPackage.DATA_SOURCE__SELECTIONS);
		}
		return selections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.DATA_SOURCE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.DATA_SOURCE__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IndicatorsPackage.DATA_SOURCE__SELECTIONS:
				return ((InternalEList<?>)getSelections()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case IndicatorsPackage.DATA_SOURCE__PROVIDER:
				return getProvider();
			case IndicatorsPackage.DATA_SOURCE__TABLE_ID:
				return getTableId();
			case IndicatorsPackage.DATA_SOURCE__TABLE_ID_UNCERTAIN:
				return isTableIdUncertain();
			case IndicatorsPackage.DATA_SOURCE__CONTENT_CODE:
				return getContentCode();
			case IndicatorsPackage.DATA_SOURCE__REGION_VARIABLE:
				return getRegionVariable();
			case IndicatorsPackage.DATA_SOURCE__TIME_VARIABLE:
				return getTimeVariable();
			case IndicatorsPackage.DATA_SOURCE__SELECTIONS:
				return getSelections();
			case IndicatorsPackage.DATA_SOURCE__NOTE:
				return getNote();
			case IndicatorsPackage.DATA_SOURCE__URL:
				return getUrl();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case IndicatorsPackage.DATA_SOURCE__PROVIDER:
				setProvider((String)newValue);
				return;
			case IndicatorsPackage.DATA_SOURCE__TABLE_ID:
				setTableId((String)newValue);
				return;
			case IndicatorsPackage.DATA_SOURCE__TABLE_ID_UNCERTAIN:
				setTableIdUncertain((Boolean)newValue);
				return;
			case IndicatorsPackage.DATA_SOURCE__CONTENT_CODE:
				setContentCode((String)newValue);
				return;
			case IndicatorsPackage.DATA_SOURCE__REGION_VARIABLE:
				setRegionVariable((String)newValue);
				return;
			case IndicatorsPackage.DATA_SOURCE__TIME_VARIABLE:
				setTimeVariable((String)newValue);
				return;
			case IndicatorsPackage.DATA_SOURCE__SELECTIONS:
				getSelections().clear();
				getSelections().addAll((Collection<? extends VariableSelection>)newValue);
				return;
			case IndicatorsPackage.DATA_SOURCE__NOTE:
				setNote((String)newValue);
				return;
			case IndicatorsPackage.DATA_SOURCE__URL:
				setUrl((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case IndicatorsPackage.DATA_SOURCE__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case IndicatorsPackage.DATA_SOURCE__TABLE_ID:
				setTableId(TABLE_ID_EDEFAULT);
				return;
			case IndicatorsPackage.DATA_SOURCE__TABLE_ID_UNCERTAIN:
				setTableIdUncertain(TABLE_ID_UNCERTAIN_EDEFAULT);
				return;
			case IndicatorsPackage.DATA_SOURCE__CONTENT_CODE:
				setContentCode(CONTENT_CODE_EDEFAULT);
				return;
			case IndicatorsPackage.DATA_SOURCE__REGION_VARIABLE:
				setRegionVariable(REGION_VARIABLE_EDEFAULT);
				return;
			case IndicatorsPackage.DATA_SOURCE__TIME_VARIABLE:
				setTimeVariable(TIME_VARIABLE_EDEFAULT);
				return;
			case IndicatorsPackage.DATA_SOURCE__SELECTIONS:
				getSelections().clear();
				return;
			case IndicatorsPackage.DATA_SOURCE__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
			case IndicatorsPackage.DATA_SOURCE__URL:
				setUrl(URL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case IndicatorsPackage.DATA_SOURCE__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case IndicatorsPackage.DATA_SOURCE__TABLE_ID:
				return TABLE_ID_EDEFAULT == null ? tableId != null : !TABLE_ID_EDEFAULT.equals(tableId);
			case IndicatorsPackage.DATA_SOURCE__TABLE_ID_UNCERTAIN:
				return tableIdUncertain != TABLE_ID_UNCERTAIN_EDEFAULT;
			case IndicatorsPackage.DATA_SOURCE__CONTENT_CODE:
				return CONTENT_CODE_EDEFAULT == null ? contentCode != null : !CONTENT_CODE_EDEFAULT.equals(contentCode);
			case IndicatorsPackage.DATA_SOURCE__REGION_VARIABLE:
				return REGION_VARIABLE_EDEFAULT == null ? regionVariable != null : !REGION_VARIABLE_EDEFAULT.equals(regionVariable);
			case IndicatorsPackage.DATA_SOURCE__TIME_VARIABLE:
				return TIME_VARIABLE_EDEFAULT == null ? timeVariable != null : !TIME_VARIABLE_EDEFAULT.equals(timeVariable);
			case IndicatorsPackage.DATA_SOURCE__SELECTIONS:
				return selections != null && !selections.isEmpty();
			case IndicatorsPackage.DATA_SOURCE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case IndicatorsPackage.DATA_SOURCE__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (provider: ");
		result.append(provider);
		result.append(", tableId: ");
		result.append(tableId);
		result.append(", tableIdUncertain: ");
		result.append(tableIdUncertain);
		result.append(", contentCode: ");
		result.append(contentCode);
		result.append(", regionVariable: ");
		result.append(regionVariable);
		result.append(", timeVariable: ");
		result.append(timeVariable);
		result.append(", note: ");
		result.append(note);
		result.append(", url: ");
		result.append(url);
		result.append(')');
		return result.toString();
	}

} //DataSourceImpl
