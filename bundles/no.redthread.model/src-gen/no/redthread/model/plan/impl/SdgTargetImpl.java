/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan.impl;

import java.lang.reflect.InvocationTargetException;

import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.SdgTarget;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sdg Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.impl.SdgTargetImpl#getCode <em>Code</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.SdgTargetImpl#getTextEn <em>Text En</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.SdgTargetImpl#getTextNb <em>Text Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.SdgTargetImpl#isNbTextFlagged <em>Nb Text Flagged</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.SdgTargetImpl#getLocalWording <em>Local Wording</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SdgTargetImpl extends IdentifiedImpl implements SdgTarget {
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
	 * The default value of the '{@link #getTextEn() <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEn()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextEn() <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextEn()
	 * @generated
	 * @ordered
	 */
	protected String textEn = TEXT_EN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextNb() <em>Text Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextNb()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_NB_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextNb() <em>Text Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextNb()
	 * @generated
	 * @ordered
	 */
	protected String textNb = TEXT_NB_EDEFAULT;

	/**
	 * The default value of the '{@link #isNbTextFlagged() <em>Nb Text Flagged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNbTextFlagged()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NB_TEXT_FLAGGED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNbTextFlagged() <em>Nb Text Flagged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNbTextFlagged()
	 * @generated
	 * @ordered
	 */
	protected boolean nbTextFlagged = NB_TEXT_FLAGGED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocalWording() <em>Local Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalWording()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCAL_WORDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocalWording() <em>Local Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalWording()
	 * @generated
	 * @ordered
	 */
	protected String localWording = LOCAL_WORDING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SdgTargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.SDG_TARGET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SDG_TARGET__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextEn() {
		return textEn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextEn(String newTextEn) {
		String oldTextEn = textEn;
		textEn = newTextEn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SDG_TARGET__TEXT_EN, oldTextEn, textEn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextNb() {
		return textNb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextNb(String newTextNb) {
		String oldTextNb = textNb;
		textNb = newTextNb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SDG_TARGET__TEXT_NB, oldTextNb, textNb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNbTextFlagged() {
		return nbTextFlagged;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNbTextFlagged(boolean newNbTextFlagged) {
		boolean oldNbTextFlagged = nbTextFlagged;
		nbTextFlagged = newNbTextFlagged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SDG_TARGET__NB_TEXT_FLAGGED, oldNbTextFlagged, nbTextFlagged));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocalWording() {
		return localWording;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalWording(String newLocalWording) {
		String oldLocalWording = localWording;
		localWording = newLocalWording;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.SDG_TARGET__LOCAL_WORDING, oldLocalWording, localWording));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String preferredTextNb() {
		if (getLocalWording() != null && !getLocalWording().isBlank()) {
			return getLocalWording();
		}
		if (!isNbTextFlagged() && getTextNb() != null && !getTextNb().isBlank()) {
			return getTextNb();
		}
		return getTextEn();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.SDG_TARGET__CODE:
				return getCode();
			case PlanPackage.SDG_TARGET__TEXT_EN:
				return getTextEn();
			case PlanPackage.SDG_TARGET__TEXT_NB:
				return getTextNb();
			case PlanPackage.SDG_TARGET__NB_TEXT_FLAGGED:
				return isNbTextFlagged();
			case PlanPackage.SDG_TARGET__LOCAL_WORDING:
				return getLocalWording();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlanPackage.SDG_TARGET__CODE:
				setCode((String)newValue);
				return;
			case PlanPackage.SDG_TARGET__TEXT_EN:
				setTextEn((String)newValue);
				return;
			case PlanPackage.SDG_TARGET__TEXT_NB:
				setTextNb((String)newValue);
				return;
			case PlanPackage.SDG_TARGET__NB_TEXT_FLAGGED:
				setNbTextFlagged((Boolean)newValue);
				return;
			case PlanPackage.SDG_TARGET__LOCAL_WORDING:
				setLocalWording((String)newValue);
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
			case PlanPackage.SDG_TARGET__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PlanPackage.SDG_TARGET__TEXT_EN:
				setTextEn(TEXT_EN_EDEFAULT);
				return;
			case PlanPackage.SDG_TARGET__TEXT_NB:
				setTextNb(TEXT_NB_EDEFAULT);
				return;
			case PlanPackage.SDG_TARGET__NB_TEXT_FLAGGED:
				setNbTextFlagged(NB_TEXT_FLAGGED_EDEFAULT);
				return;
			case PlanPackage.SDG_TARGET__LOCAL_WORDING:
				setLocalWording(LOCAL_WORDING_EDEFAULT);
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
			case PlanPackage.SDG_TARGET__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PlanPackage.SDG_TARGET__TEXT_EN:
				return TEXT_EN_EDEFAULT == null ? textEn != null : !TEXT_EN_EDEFAULT.equals(textEn);
			case PlanPackage.SDG_TARGET__TEXT_NB:
				return TEXT_NB_EDEFAULT == null ? textNb != null : !TEXT_NB_EDEFAULT.equals(textNb);
			case PlanPackage.SDG_TARGET__NB_TEXT_FLAGGED:
				return nbTextFlagged != NB_TEXT_FLAGGED_EDEFAULT;
			case PlanPackage.SDG_TARGET__LOCAL_WORDING:
				return LOCAL_WORDING_EDEFAULT == null ? localWording != null : !LOCAL_WORDING_EDEFAULT.equals(localWording);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case PlanPackage.SDG_TARGET___PREFERRED_TEXT_NB:
				return preferredTextNb();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", textEn: ");
		result.append(textEn);
		result.append(", textNb: ");
		result.append(textNb);
		result.append(", nbTextFlagged: ");
		result.append(nbTextFlagged);
		result.append(", localWording: ");
		result.append(localWording);
		result.append(')');
		return result.toString();
	}

} //SdgTargetImpl
