/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model.impl;

import java.util.Collection;

import no.redthread.dilemma.sessions.model.Matrix;
import no.redthread.dilemma.sessions.model.MatrixItem;
import no.redthread.dilemma.sessions.model.MatrixItemKind;
import no.redthread.dilemma.sessions.model.Score;
import no.redthread.dilemma.sessions.model.SessionsPackage;

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
 * An implementation of the model object '<em><b>Matrix</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.MatrixImpl#getItemKind <em>Item Kind</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.MatrixImpl#getItems <em>Items</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.impl.MatrixImpl#getScores <em>Scores</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MatrixImpl extends MinimalEObjectImpl.Container implements Matrix {
	/**
	 * The default value of the '{@link #getItemKind() <em>Item Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemKind()
	 * @generated
	 * @ordered
	 */
	protected static final MatrixItemKind ITEM_KIND_EDEFAULT = MatrixItemKind.SDG_TARGETS;

	/**
	 * The cached value of the '{@link #getItemKind() <em>Item Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemKind()
	 * @generated
	 * @ordered
	 */
	protected MatrixItemKind itemKind = ITEM_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<MatrixItem> items;

	/**
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<Score> scores;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MatrixImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SessionsPackage.Literals.MATRIX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatrixItemKind getItemKind() {
		return itemKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemKind(MatrixItemKind newItemKind) {
		MatrixItemKind oldItemKind = itemKind;
		itemKind = newItemKind == null ? ITEM_KIND_EDEFAULT : newItemKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SessionsPackage.MATRIX__ITEM_KIND, oldItemKind, itemKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MatrixItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<MatrixItem>(MatrixItem.class, this, SessionsPackage.MATRIX__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Score> getScores() {
		if (scores == null) {
			scores = new EObjectContainmentEList<Score>(Score.class, this, SessionsPackage.MATRIX__SCORES);
		}
		return scores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SessionsPackage.MATRIX__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
			case SessionsPackage.MATRIX__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
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
			case SessionsPackage.MATRIX__ITEM_KIND:
				return getItemKind();
			case SessionsPackage.MATRIX__ITEMS:
				return getItems();
			case SessionsPackage.MATRIX__SCORES:
				return getScores();
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
			case SessionsPackage.MATRIX__ITEM_KIND:
				setItemKind((MatrixItemKind)newValue);
				return;
			case SessionsPackage.MATRIX__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends MatrixItem>)newValue);
				return;
			case SessionsPackage.MATRIX__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends Score>)newValue);
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
			case SessionsPackage.MATRIX__ITEM_KIND:
				setItemKind(ITEM_KIND_EDEFAULT);
				return;
			case SessionsPackage.MATRIX__ITEMS:
				getItems().clear();
				return;
			case SessionsPackage.MATRIX__SCORES:
				getScores().clear();
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
			case SessionsPackage.MATRIX__ITEM_KIND:
				return itemKind != ITEM_KIND_EDEFAULT;
			case SessionsPackage.MATRIX__ITEMS:
				return items != null && !items.isEmpty();
			case SessionsPackage.MATRIX__SCORES:
				return scores != null && !scores.isEmpty();
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
		result.append(" (itemKind: ");
		result.append(itemKind);
		result.append(')');
		return result.toString();
	}

} //MatrixImpl
