/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model.impl;

import no.redthread.dilemma.sessions.model.MatrixItem;
import no.redthread.dilemma.sessions.model.SessionsPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Matrix Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.MatrixItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.MatrixItemImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.MatrixItemImpl#getPlanObject <em>Plan Object</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MatrixItemImpl extends MinimalEObjectImpl.Container implements MatrixItem {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPlanObject() <em>Plan Object</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanObject()
	 * @generated
	 * @ordered
	 */
	protected EObject planObject;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MatrixItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SessionsPackage.Literals.MATRIX_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.MATRIX_ITEM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.MATRIX_ITEM__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject getPlanObject() {
		if (planObject != null && planObject.eIsProxy()) {
			InternalEObject oldPlanObject = (InternalEObject)planObject;
			planObject = eResolveProxy(oldPlanObject);
			if (planObject != oldPlanObject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SessionsPackage.MATRIX_ITEM__PLAN_OBJECT, oldPlanObject, planObject));
			}
		}
		return planObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EObject basicGetPlanObject() {
		return planObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanObject(EObject newPlanObject) {
		EObject oldPlanObject = planObject;
		planObject = newPlanObject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.MATRIX_ITEM__PLAN_OBJECT, oldPlanObject, planObject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SessionsPackage.MATRIX_ITEM__ID:
				return getId();
			case SessionsPackage.MATRIX_ITEM__LABEL:
				return getLabel();
			case SessionsPackage.MATRIX_ITEM__PLAN_OBJECT:
				if (resolve) return getPlanObject();
				return basicGetPlanObject();
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
			case SessionsPackage.MATRIX_ITEM__ID:
				setId((String)newValue);
				return;
			case SessionsPackage.MATRIX_ITEM__LABEL:
				setLabel((String)newValue);
				return;
			case SessionsPackage.MATRIX_ITEM__PLAN_OBJECT:
				setPlanObject((EObject)newValue);
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
			case SessionsPackage.MATRIX_ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case SessionsPackage.MATRIX_ITEM__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case SessionsPackage.MATRIX_ITEM__PLAN_OBJECT:
				setPlanObject((EObject)null);
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
			case SessionsPackage.MATRIX_ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case SessionsPackage.MATRIX_ITEM__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case SessionsPackage.MATRIX_ITEM__PLAN_OBJECT:
				return planObject != null;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //MatrixItemImpl
