/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Matrix Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.dilemma.sessions.model.MatrixItem#getId <em>Id</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.MatrixItem#getLabel <em>Label</em>}</li>
 *   <li>{@link no.redthread.dilemma.sessions.model.MatrixItem#getPlanObject <em>Plan Object</em>}</li>
 * </ul>
 *
 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getMatrixItem()
 * @model
 * @generated
 */
public interface MatrixItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The item's id in the matrix: an SDG target code, a theme id or a plan object's id; unique within the matrix (not the EMF ID: two sessions may share items).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getMatrixItem_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.MatrixItem#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getMatrixItem_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.MatrixItem#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Plan Object</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan Object</em>' reference.
	 * @see #setPlanObject(EObject)
	 * @see no.redthread.dilemma.sessions.model.SessionsPackage#getMatrixItem_PlanObject()
	 * @model
	 * @generated
	 */
	EObject getPlanObject();

	/**
	 * Sets the value of the '{@link no.redthread.dilemma.sessions.model.MatrixItem#getPlanObject <em>Plan Object</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Object</em>' reference.
	 * @see #getPlanObject()
	 * @generated
	 */
	void setPlanObject(EObject value);

} // MatrixItem
