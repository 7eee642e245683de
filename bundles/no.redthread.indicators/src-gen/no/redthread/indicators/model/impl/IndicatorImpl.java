/**
 * Redthread: generated from model/indicators.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.indicators.model.impl;

import java.util.Collection;

import no.redthread.indicators.model.Baseline;
import no.redthread.indicators.model.DataSource;
import no.redthread.indicators.model.DesiredDirection;
import no.redthread.indicators.model.Indicator;
import no.redthread.indicators.model.IndicatorTarget;
import no.redthread.indicators.model.IndicatorsPackage;
import no.redthread.indicators.model.Series;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getCode <em>Code</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getNameNb <em>Name Nb</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getNameEn <em>Name En</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getDescriptionNb <em>Description Nb</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getDescriptionEn <em>Description En</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getThemeIds <em>Theme Ids</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getSdgTargetCodes <em>Sdg Target Codes</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getSdgGoals <em>Sdg Goals</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getSource <em>Source</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getSeries <em>Series</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link no.redthread.indicators.model.impl.IndicatorImpl#getBaselines <em>Baselines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends IndicatorElementImpl implements Indicator {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameNb() <em>Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameNb()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_NB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameNb() <em>Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameNb()
	 * @generated
	 * @ordered
	 */
	protected String nameNb = NAME_NB_EDEFAULT;

	/**
	 * The default value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameEn() <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameEn()
	 * @generated
	 * @ordered
	 */
	protected String nameEn = NAME_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionNb() <em>Description Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionNb()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_NB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionNb() <em>Description Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionNb()
	 * @generated
	 * @ordered
	 */
	protected String descriptionNb = DESCRIPTION_NB_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionEn() <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionEn()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionEn() <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionEn()
	 * @generated
	 * @ordered
	 */
	protected String descriptionEn = DESCRIPTION_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final DesiredDirection DIRECTION_EDEFAULT = DesiredDirection.HIGHER_IS_BETTER;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected DesiredDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getThemeIds() <em>Theme Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThemeIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> themeIds;

	/**
	 * The cached value of the '{@link #getSdgTargetCodes() <em>Sdg Target Codes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdgTargetCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sdgTargetCodes;

	/**
	 * The cached value of the '{@link #getSdgGoals() <em>Sdg Goals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSdgGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> sdgGoals;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected DataSource source;

	/**
	 * The cached value of the '{@link #getSeries() <em>Series</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected EList<Series> series;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<IndicatorTarget> targets;

	/**
	 * The cached value of the '{@link #getBaselines() <em>Baselines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselines()
	 * @generated
	 * @ordered
	 */
	protected EList<Baseline> baselines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IndicatorsPackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameNb() {
		return nameNb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameNb(String newNameNb) {
		String oldNameNb = nameNb;
		nameNb = newNameNb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR__NAME_NB, oldNameNb, nameNb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameEn() {
		return nameEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameEn(String newNameEn) {
		String oldNameEn = nameEn;
		nameEn = newNameEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR__NAME_EN, oldNameEn, nameEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionNb() {
		return descriptionNb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionNb(String newDescriptionNb) {
		String oldDescriptionNb = descriptionNb;
		descriptionNb = newDescriptionNb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR__DESCRIPTION_NB, oldDescriptionNb, descriptionNb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionEn() {
		return descriptionEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionEn(String newDescriptionEn) {
		String oldDescriptionEn = descriptionEn;
		descriptionEn = newDescriptionEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR__DESCRIPTION_EN, oldDescriptionEn, descriptionEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DesiredDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(DesiredDirection newDirection) {
		DesiredDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getThemeIds() {
		if (themeIds == null) {
			themeIds = new EDataTypeUniqueEList<String>(String.class, this, IndicatorsPackage.INDICATOR__THEME_IDS);
		}
		return themeIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSdgTargetCodes() {
		if (sdgTargetCodes == null) {
			sdgTargetCodes = new EDataTypeUniqueEList<String>(String.class, this, IndicatorsPackage.INDICATOR__SDG_TARGET_CODES);
		}
		return sdgTargetCodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getSdgGoals() {
		if (sdgGoals == null) {
			sdgGoals = new EDataTypeUniqueEList<Integer>(Integer.class, this, IndicatorsPackage.INDICATOR__SDG_GOALS);
		}
		return sdgGoals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(DataSource newSource, NotificationChain msgs) {
		DataSource oldSource = source;
		source = newSource;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR__SOURCE, oldSource, newSource);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(DataSource newSource) {
		if (newSource != source) {
			NotificationChain msgs = null;
			if (source != null)
				msgs = ((InternalEObject)source).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - IndicatorsPackage.INDICATOR__SOURCE, null, msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - IndicatorsPackage.INDICATOR__SOURCE, null, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IndicatorsPackage.INDICATOR__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Series> getSeries() {
		if (series == null) {
			series = new EObjectContainmentEList<Series>(Series.class, this, IndicatorsPackage.INDICATOR__SERIES);
		}
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndicatorTarget> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<IndicatorTarget>(IndicatorTarget.class, this, IndicatorsPackage.INDICATOR__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Baseline> getBaselines() {
		if (baselines == null) {
			baselines = new EObjectContainmentEList<Baseline>(Baseline.class, this, IndicatorsPackage.INDICATOR__BASELINES);
		}
		return baselines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IndicatorsPackage.INDICATOR__SOURCE:
				return basicSetSource(null, msgs);
			case IndicatorsPackage.INDICATOR__SERIES:
				return ((InternalEList<?>)getSeries()).basicRemove(otherEnd, msgs);
			case IndicatorsPackage.INDICATOR__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case IndicatorsPackage.INDICATOR__BASELINES:
				return ((InternalEList<?>)getBaselines()).basicRemove(otherEnd, msgs);
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
			case IndicatorsPackage.INDICATOR__CODE:
				return getCode();
			case IndicatorsPackage.INDICATOR__NAME_NB:
				return getNameNb();
			case IndicatorsPackage.INDICATOR__NAME_EN:
				return getNameEn();
			case IndicatorsPackage.INDICATOR__DESCRIPTION_NB:
				return getDescriptionNb();
			case IndicatorsPackage.INDICATOR__DESCRIPTION_EN:
				return getDescriptionEn();
			case IndicatorsPackage.INDICATOR__UNIT:
				return getUnit();
			case IndicatorsPackage.INDICATOR__DIRECTION:
				return getDirection();
			case IndicatorsPackage.INDICATOR__CATEGORY:
				return getCategory();
			case IndicatorsPackage.INDICATOR__THEME_IDS:
				return getThemeIds();
			case IndicatorsPackage.INDICATOR__SDG_TARGET_CODES:
				return getSdgTargetCodes();
			case IndicatorsPackage.INDICATOR__SDG_GOALS:
				return getSdgGoals();
			case IndicatorsPackage.INDICATOR__SOURCE:
				return getSource();
			case IndicatorsPackage.INDICATOR__SERIES:
				return getSeries();
			case IndicatorsPackage.INDICATOR__TARGETS:
				return getTargets();
			case IndicatorsPackage.INDICATOR__BASELINES:
				return getBaselines();
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
			case IndicatorsPackage.INDICATOR__CODE:
				setCode((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR__NAME_NB:
				setNameNb((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR__NAME_EN:
				setNameEn((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR__DESCRIPTION_NB:
				setDescriptionNb((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR__DESCRIPTION_EN:
				setDescriptionEn((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR__UNIT:
				setUnit((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR__DIRECTION:
				setDirection((DesiredDirection)newValue);
				return;
			case IndicatorsPackage.INDICATOR__CATEGORY:
				setCategory((String)newValue);
				return;
			case IndicatorsPackage.INDICATOR__THEME_IDS:
				getThemeIds().clear();
				getThemeIds().addAll((Collection<? extends String>)newValue);
				return;
			case IndicatorsPackage.INDICATOR__SDG_TARGET_CODES:
				getSdgTargetCodes().clear();
				getSdgTargetCodes().addAll((Collection<? extends String>)newValue);
				return;
			case IndicatorsPackage.INDICATOR__SDG_GOALS:
				getSdgGoals().clear();
				getSdgGoals().addAll((Collection<? extends Integer>)newValue);
				return;
			case IndicatorsPackage.INDICATOR__SOURCE:
				setSource((DataSource)newValue);
				return;
			case IndicatorsPackage.INDICATOR__SERIES:
				getSeries().clear();
				getSeries().addAll((Collection<? extends Series>)newValue);
				return;
			case IndicatorsPackage.INDICATOR__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends IndicatorTarget>)newValue);
				return;
			case IndicatorsPackage.INDICATOR__BASELINES:
				getBaselines().clear();
				getBaselines().addAll((Collection<? extends Baseline>)newValue);
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
			case IndicatorsPackage.INDICATOR__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR__NAME_NB:
				setNameNb(NAME_NB_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR__NAME_EN:
				setNameEn(NAME_EN_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR__DESCRIPTION_NB:
				setDescriptionNb(DESCRIPTION_NB_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR__DESCRIPTION_EN:
				setDescriptionEn(DESCRIPTION_EN_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case IndicatorsPackage.INDICATOR__THEME_IDS:
				getThemeIds().clear();
				return;
			case IndicatorsPackage.INDICATOR__SDG_TARGET_CODES:
				getSdgTargetCodes().clear();
				return;
			case IndicatorsPackage.INDICATOR__SDG_GOALS:
				getSdgGoals().clear();
				return;
			case IndicatorsPackage.INDICATOR__SOURCE:
				setSource((DataSource)null);
				return;
			case IndicatorsPackage.INDICATOR__SERIES:
				getSeries().clear();
				return;
			case IndicatorsPackage.INDICATOR__TARGETS:
				getTargets().clear();
				return;
			case IndicatorsPackage.INDICATOR__BASELINES:
				getBaselines().clear();
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
			case IndicatorsPackage.INDICATOR__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case IndicatorsPackage.INDICATOR__NAME_NB:
				return NAME_NB_EDEFAULT == null ? nameNb != null : !NAME_NB_EDEFAULT.equals(nameNb);
			case IndicatorsPackage.INDICATOR__NAME_EN:
				return NAME_EN_EDEFAULT == null ? nameEn != null : !NAME_EN_EDEFAULT.equals(nameEn);
			case IndicatorsPackage.INDICATOR__DESCRIPTION_NB:
				return DESCRIPTION_NB_EDEFAULT == null ? descriptionNb != null : !DESCRIPTION_NB_EDEFAULT.equals(descriptionNb);
			case IndicatorsPackage.INDICATOR__DESCRIPTION_EN:
				return DESCRIPTION_EN_EDEFAULT == null ? descriptionEn != null : !DESCRIPTION_EN_EDEFAULT.equals(descriptionEn);
			case IndicatorsPackage.INDICATOR__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case IndicatorsPackage.INDICATOR__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case IndicatorsPackage.INDICATOR__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case IndicatorsPackage.INDICATOR__THEME_IDS:
				return themeIds != null && !themeIds.isEmpty();
			case IndicatorsPackage.INDICATOR__SDG_TARGET_CODES:
				return sdgTargetCodes != null && !sdgTargetCodes.isEmpty();
			case IndicatorsPackage.INDICATOR__SDG_GOALS:
				return sdgGoals != null && !sdgGoals.isEmpty();
			case IndicatorsPackage.INDICATOR__SOURCE:
				return source != null;
			case IndicatorsPackage.INDICATOR__SERIES:
				return series != null && !series.isEmpty();
			case IndicatorsPackage.INDICATOR__TARGETS:
				return targets != null && !targets.isEmpty();
			case IndicatorsPackage.INDICATOR__BASELINES:
				return baselines != null && !baselines.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", nameNb: ");
		result.append(nameNb);
		result.append(", nameEn: ");
		result.append(nameEn);
		result.append(", descriptionNb: ");
		result.append(descriptionNb);
		result.append(", descriptionEn: ");
		result.append(descriptionEn);
		result.append(", unit: ");
		result.append(unit);
		result.append(", direction: ");
		result.append(direction);
		result.append(", category: ");
		result.append(category);
		result.append(", themeIds: ");
		result.append(themeIds);
		result.append(", sdgTargetCodes: ");
		result.append(sdgTargetCodes);
		result.append(", sdgGoals: ");
		result.append(sdgGoals);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
